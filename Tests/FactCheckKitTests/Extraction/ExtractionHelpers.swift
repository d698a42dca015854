@testable import FactCheckKit

/// The quantities the extractor finds in `text`, across all its claims.
func quantities(in text: String) -> [Quantity] {
    ClaimExtractor().extract(from: text).flatMap(\.quantities)
}

/// The single claim the extractor makes of a one-sentence text.
func onlyClaim(_ text: String) -> ExtractedClaim? {
    let claims = ClaimExtractor().extract(from: text)
    return claims.count == 1 ? claims[0] : nil
}
