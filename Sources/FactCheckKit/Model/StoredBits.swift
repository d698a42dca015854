/// A closed set stored as one bit per member in an integer column (`claim.reasons`, `claim.kinds`). Each member's
/// `bit` is fixed and never renumbered: stored rows depend on it.
public protocol StoredBits: CaseIterable where AllCases == [Self] {
    var bit: Int64 { get }
}

extension StoredBits {
    /// The stored bit set of these members (a member given twice is one bit).
    public static func bits(of members: [Self]) -> Int64 {
        members.reduce(0) { $0 | $1.bit }
    }

    /// The members of a stored bit set, in declaration order: the array made once at its size, not grown.
    public static func members(ofBits bits: Int64) -> [Self] {
        var members: [Self] = []
        members.reserveCapacity(bits.nonzeroBitCount)
        for member in allCases where bits & member.bit != 0 { members.append(member) }
        return members
    }
}
