/// The words of one study day's queue (`SessionQueue` serves it): why a
/// card is in it, an entry, and what is left of each kind.
public enum DailyQueue {
    /// Why a card is in the queue.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case review, new, redrill
    }

    /// One card to show.
    public struct Entry: Hashable, Sendable {
        public var cardID: String
        public var kind: Kind

        public init(cardID: String, kind: Kind) {
            self.cardID = cardID
            self.kind = kind
        }
    }

    /// How many cards of each kind remain, for the session header.
    public struct Counts: Hashable, Sendable, Codable {
        public var new: Int
        public var review: Int
        public var redrill: Int
        /// All remaining cards.
        public var total: Int { new + review + redrill }

        public init(new: Int, review: Int, redrill: Int) {
            self.new = new
            self.review = review
            self.redrill = redrill
        }
    }
}
