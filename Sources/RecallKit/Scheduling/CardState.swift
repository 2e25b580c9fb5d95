/// Where a card stands, as shown in listings and stats (PRODUCT.md §3).
public enum CardState: String, Sendable, Codable, CaseIterable {
    /// Never answered.
    case new
    /// Answered, but not yet passed since its last failure (n = 0).
    case learning
    /// In review (n ≥ 1) with an interval below 21 days.
    case young
    /// In review with an interval of 21 days or more.
    case mature
    /// Taken out of the queue by the user or as a leech.
    case suspended
    /// Hidden until a later study day.
    case buried
    /// Its claim left the note, or the learner retired it. Kept with the card, not by `CardSchedule`.
    case retired
}
