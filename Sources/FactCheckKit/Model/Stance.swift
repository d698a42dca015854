/// How a piece of evidence bears on the claim it is attached to.
public enum Stance: String, CaseIterable, Codable, Sendable {
    case supports
    case refutes
    case context
}
