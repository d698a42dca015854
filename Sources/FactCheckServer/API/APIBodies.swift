import FactCheckKit
import Foundation
import Hummingbird

/// `POST /api/claims/ID/evidence`: the options of `factcheck cite`.
struct CiteBody: Decodable {
    var url: String
    var title: String?
    var publisher: String?
    var quote: String?
    var stance: String?
    var note: String?

    func evidence() throws -> NewEvidence {
        let stance = try stance.map(Body.stance) ?? .supports
        return NewEvidence(
            url: try InputValidation.url(url), title: try InputValidation.optionalText(title, option: "title"),
            publisher: try InputValidation.optionalText(publisher, option: "publisher"),
            quote: try InputValidation.optionalText(quote, option: "quote"), stance: stance,
            note: try InputValidation.optionalText(note, option: "note")
        )
    }
}

/// `POST /api/claims/ID/status`: the options of `factcheck mark`.
struct StatusBody: Decodable {
    var status: String
    var note: String?
    var force: Bool?
    var correction: String?
}

/// `POST /api/claims/ID/assignee`: `{"to": NAME}`, or `{"to": null}` to release the claim.
struct AssigneeBody: Decodable {
    var to: String?
}

/// `POST /api/evidence/ID/withdraw`: the options of `factcheck withdraw`.
struct WithdrawBody: Decodable {
    var reason: String
    var correction: String?
}

/// `POST /api/articles` with `Content-Type: application/json`; any other type is the article's text itself.
struct ArticleBody: Decodable {
    var text: String
    var title: String?
    var publication: String?
    var author: String?
    var url: String?
    var published: String?
}

enum Body {
    static let smallLimit = 256 * 1024
    static let articleLimit = 16 * 1024 * 1024

    static func collect(_ request: Request, limit: Int = smallLimit) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch {
            throw DeskFailure.tooLarge(limit: limit)
        }
    }

    /// A JSON body, or 400 saying what is wrong with it.
    static func json<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer = try await collect(request)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let DecodingError.keyNotFound(key, _) {
            throw DeskFailure.malformedBody("'\(key.stringValue)' is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw DeskFailure.malformedBody("'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
        } catch {
            throw DeskFailure.malformedBody("not JSON")
        }
    }

    static func status(_ raw: String) throws(DeskFailure) -> ClaimStatus {
        guard let status = ClaimStatus(rawValue: raw) else {
            throw .invalidValue("unknown status '\(raw.prefix(40))'; use one of: \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return status
    }

    static func stance(_ raw: String) throws(DeskFailure) -> Stance {
        guard let stance = Stance(rawValue: raw) else {
            throw .invalidValue("unknown stance '\(raw.prefix(40))'; use one of: \(Stance.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return stance
    }

    /// An id from the path; anything but a positive number is a 404, as no such thing exists.
    static func id(_ context: DeskContext, _ name: String = "id") throws(DeskFailure) -> Int64 {
        guard let raw = context.parameters.get(name), let value = Int64(raw), value > 0 else {
            throw .notFound(context.parameters.get(name) ?? "")
        }
        return value
    }
}
