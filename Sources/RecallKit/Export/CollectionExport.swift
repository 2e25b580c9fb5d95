import Foundation

/// The file formats `recall export` writes (PRODUCT.md §6).
public enum ExportFormat: String, CaseIterable, Sendable {
    /// An Anki package (note type, decks, notes; optionally scheduling).
    case apkg
    /// Anki's text import, tab-separated.
    case tsv
    /// Anki's text import, comma-separated.
    case csv
    /// Everything, for `recall import` (a lossless backup).
    case json
    /// A printable study sheet.
    case md

    /// Whether `--with-scheduling` means something for this format (`json`
    /// always carries the schedule and review log).
    public var takesScheduling: Bool { self == .apkg || self == .json }
}

/// What an export wrote.
public struct ExportSummary: Sendable, Equatable {
    public var cards: Int
    /// Review-log rows written (`apkg` with scheduling, `json`).
    public var reviews: Int

    public init(cards: Int, reviews: Int) {
        self.cards = cards
        self.reviews = reviews
    }
}

/// Writes the collection, or one deck of it, in any export format, to a
/// regular file under a temporary name renamed into place (a failure leaves
/// no file at `path`), or to standard output.
public enum CollectionExport {
    public static func write(_ format: ExportFormat, from database: AppDatabase, to path: String, deck: String? = nil,
                             withScheduling: Bool = false, clock: Clock,
                             rolloverHour: Int = SchedulerConfig.standard.rolloverHour) throws -> ExportSummary {
        try write(format, from: database, to: .file(path), deck: deck, withScheduling: withScheduling, clock: clock,
                  rolloverHour: rolloverHour)
    }

    /// - Parameter rolloverHour: the hour a study day begins, which tells the
    ///   study sheet which cards are due today.
    public static func write(_ format: ExportFormat, from database: AppDatabase, to target: ExportTarget, deck: String? = nil,
                             withScheduling: Bool = false, clock: Clock,
                             rolloverHour: Int = SchedulerConfig.standard.rolloverHour) throws -> ExportSummary {
        if withScheduling && !format.takesScheduling {
            throw ExportError.optionNotSupported("--with-scheduling applies to --format apkg (json always carries the schedule and review log)")
        }
        let day = clock.today(rolloverHour: rolloverHour)
        var summary = ExportSummary(cards: 0, reviews: 0)
        try target.write { temporary in
            switch format {
            case .apkg:
                summary = try AnkiPackage.write(from: database, deck: deck, clock: clock, withScheduling: withScheduling,
                                                to: temporary)
            case .tsv, .csv:
                summary.cards = try AnkiTextFile.write(from: database, deck: deck, separator: format == .tsv ? .tab : .comma,
                                                       to: temporary)
            case .json:
                // A backup of an empty collection is still a backup: it restores to an empty collection.
                let backup = try database.backup(deck: deck)
                try JSONBackup.encode(backup).write(to: temporary)
                summary = ExportSummary(cards: backup.cards.count, reviews: backup.reviewLog.count)
            case .md:
                let cards = try database.cards(CardFilter(deck: deck), on: day)
                guard !cards.isEmpty else { throw ExportError.noCards(deck: deck) }
                try Data(MarkdownSheet.render(cards).utf8).write(to: temporary)
                summary.cards = cards.count
            }
        }
        return summary
    }
}
