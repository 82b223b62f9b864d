/// What a results list's tool columns hold: weighted points, which add up to the total, or
/// scores on the 0–100 scale, which give the total through the year's weights.
public enum ToolColumns: String, Codable, Sendable {
    case points, scores
}
