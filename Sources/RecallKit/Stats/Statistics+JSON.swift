extension Statistics {
    /// The `stats --json` document (PRODUCT.md §5 shape plus the per-source
    /// figures), keys sorted, written directly: a large collection has tens
    /// of thousands of sections, too many for `JSONEncoder` to be quick.
    public var json: String {
        var writer = JSONWriter(capacity: 4096 + sources.count * 4096)
        writer.object { out in
            out.object("cards") { cards.write(&$0) }
            out.string("date", date)
            out.string("deck", deck)
            out.int("due_today", today.stillDue)
            out.array("forecast") { out in
                for day in forecast { out.object { $0.string("date", day.date); $0.int("due", day.due) } }
            }
            out.array("intervals") { out in
                for bucket in intervals {
                    out.object { $0.int("cards", bucket.cards); $0.string("label", bucket.label); $0.int("min_days", bucket.minDays) }
                }
            }
            out.array("leeches") { out in for leech in leeches { leech.write(&out) } }
            out.double("retention", retention.rate.map(Self.rounded))
            out.array("retention_by_week") { out in
                for week in retentionByWeek {
                    out.object { $0.object("retention") { week.retention.write(&$0) }; $0.string("week", week.week) }
                }
            }
            out.object("retention_mature") { retention.write(&$0) }
            out.object("retention_young") { retentionYoung.write(&$0) }
            out.array("reviews") { out in
                for day in reviews { out.object { $0.int("count", day.count); $0.string("date", day.date) } }
            }
            out.int("reviews_today", today.reviewed)
            out.array("sources") { out in for source in sources { source.write(&out) } }
            out.int("streak_days", streakDays)
            out.object("today") { today.write(&$0) }
        }
        return writer.text + "\n"
    }
}

extension Statistics.CardCounts {
    func write(_ out: inout JSONWriter) {
        out.int("buried", buried)
        out.int("learning", learning)
        out.int("mature", mature)
        out.int("new", new)
        out.int("retired", retired)
        out.int("suspended", suspended)
        out.int("total", total)
        out.int("young", young)
    }
}

extension Statistics.Today {
    func write(_ out: inout JSONWriter) {
        out.int("new_available", newAvailable)
        out.int("passed", passed)
        out.int("reviewed", reviewed)
        out.int("still_due", stillDue)
        out.int("time_ms", timeMs)
    }
}

extension Statistics.Retention {
    func write(_ out: inout JSONWriter) {
        out.int("passed", passed)
        out.double("rate", rate.map(Statistics.rounded))
        out.int("reviews", reviews)
    }
}

extension Statistics.Moment {
    func write(_ out: inout JSONWriter) {
        out.int("seconds", seconds)
        out.string("timestamp", timestamp)
        out.string("url", url)
    }
}

extension Statistics.Leech {
    func write(_ out: inout JSONWriter) {
        out.object { out in
            out.string("back", back)
            out.string("deck", deck)
            out.string("front", front)
            out.string("id", id)
            out.int("lapses", lapses)
            out.object("moment") { moment.write(&$0) }
        }
    }
}

extension Statistics.SourceFigures {
    func write(_ out: inout JSONWriter) {
        out.object { out in
            out.int("cards", cards)
            out.string("deck", deck)
            out.string("document", document)
            out.int("lapses", lapses)
            out.int("learned", learned)
            out.int("mature", mature)
            out.object("retention") { retention.write(&$0) }
            out.array("sections") { out in
                for section in sections {
                    out.object { out in
                        out.int("cards", section.cards)
                        out.int("lapses", section.lapses)
                        out.int("learned", section.learned)
                        out.object("retention") { section.retention.write(&$0) }
                        out.object("rewatch") { section.rewatch.write(&$0) }
                        out.strings("section", section.section)
                    }
                }
            }
            out.string("title", title)
        }
    }
}
