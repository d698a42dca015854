/// Why a report could not be written, in words an editor can act on. Nothing is written when one is thrown.
public enum ReportError: FactCheckFailure, Equatable {
    case invalidSince(String)
    case emptyEditor
    case missingSettings([SettingKey])
    /// A public report is signed by the organisation, whose settings are not all set.
    case missingPublicSettings([SettingKey])
    case noVerdicts(selected: Int)
    /// The ClaimReview export found no published verdict in scope.
    case noPublishedVerdicts
    /// A public report can only show published verdicts.
    case publicIncludesUnpublished
    case store(StoreError)
    /// A claim could not be written as JSON (a value JSON cannot hold).
    case output(JSONOutputError)

    public var errorDescription: String? {
        switch self {
        case .invalidSince(let text):
            "the start time '\(text.prefix(40))' is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)"
        case .emptyEditor:
            "the editor filter is empty; give the editor's name as it appears in claim histories"
        case .missingSettings(let keys):
            "ClaimReview needs settings that are not set (\(keys.map(\.rawValue).joined(separator: ", "))); run "
                + keys.map { "'factcheck config set \($0.rawValue) \($0.example)'" }.joined(separator: ", then ")
        case .noVerdicts(let selected):
            selected == 0
                ? "no claims match; ClaimReview needs claims with a verdict. Loosen the filters or mark claims with 'factcheck mark ID verified|false|misleading|disputed|unverifiable'"
                : "none of the \(selected) selected claim\(selected == 1 ? "" : "s") has a verdict; ClaimReview needs one. Mark claims with 'factcheck mark ID verified|false|misleading|disputed|unverifiable'"
        case .missingPublicSettings(let keys):
            "the public report names the organisation, and needs settings that are not set (\(keys.map(\.rawValue).joined(separator: ", "))); run "
                + keys.map { "'factcheck config set \($0.rawValue) \($0.example)'" }.joined(separator: ", then ")
        case .noPublishedVerdicts:
            "no published verdict matches; ClaimReview exports published verdicts only. Publish approved verdicts first, or include unpublished verdicts to preview them"
        case .publicIncludesUnpublished:
            "a public report shows published verdicts only; it cannot include unpublished ones"
        case .store(let error):
            error.errorDescription
        case .output(let error):
            error.errorDescription
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .invalidSince, .emptyEditor, .publicIncludesUnpublished: .usage
        case .missingSettings, .missingPublicSettings, .noVerdicts, .noPublishedVerdicts: .dataError
        case .store(let error): error.exitStatus
        case .output(let error): error.exitStatus
        }
    }
}
