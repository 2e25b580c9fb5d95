/// YouTube ids and the links that open a video at a second.
public enum VideoLink {
    /// `https://www.youtube.com/watch?v=ID&t=164s`
    public static func url(videoId: String, seconds: Int) -> String {
        "https://www.youtube.com/watch?v=\(videoId)&t=\(seconds)s"
    }

    /// An id as written, or the `v=` / `youtu.be/` part of a link; nil when
    /// the text holds no plausible id.
    static func id(fromIdOrURL text: String) -> String? {
        var candidate = Substring(text)
        if let range = text.range(of: "v=") {
            candidate = text[range.upperBound...]
        } else if let range = text.range(of: "youtu.be/") {
            candidate = text[range.upperBound...]
        } else if text.contains("/") {
            return nil
        }
        let id = candidate.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        return id.isEmpty ? nil : String(id)
    }
}
