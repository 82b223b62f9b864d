/// One check of a report. Each rule is a small type in `Rules/`, named for what it checks, with
/// its fixed code (users search for codes) and its messages in Thai and English.
public protocol ValidationRule: Sendable {
    /// `ITA001` … : fixed, never reused.
    static var code: String { get }
    func check(_ context: ValidationContext) -> [Finding]
}
