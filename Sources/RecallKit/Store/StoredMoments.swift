/// A card's moments as the `anchors` column keeps them: `timestamp@seconds`
/// joined by commas, the cited one first (`02:44:11@164,08:51:24@531`).
/// Rows written before moments kept their text hold seconds alone; their
/// timestamps are spelled from the seconds.
enum StoredMoments {
    static func encode(_ moments: [Moment]) -> String {
        moments.map { "\($0.timestamp)@\($0.seconds)" }.joined(separator: ",")
    }

    static func decode(_ text: String, videoId: String?) -> [Moment] {
        text.split(separator: ",").compactMap { entry in
            let parts = entry.split(separator: "@", maxSplits: 1)
            guard let seconds = Int(parts.last ?? "") else { return nil }
            let timestamp = parts.count == 2 ? String(parts[0]) : spelled(seconds)
            return Moment(timestamp: timestamp, seconds: seconds, url: videoId.map { VideoLink.url(videoId: $0, seconds: seconds) })
        }
    }

    /// `164` → `02:44`, `3723` → `1:02:03`.
    static func spelled(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : String(value) }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(twoDigits(minutes)):\(twoDigits(rest))"
    }
}
