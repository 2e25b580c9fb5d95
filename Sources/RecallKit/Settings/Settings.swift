import Foundation
internal import TOMLKit

/// One setting of `config.toml`: its name, what it takes and its default.
public enum SettingKey: String, CaseIterable, Sendable, CustomStringConvertible {
    case newPerDay = "new_per_day"
    case reviewsPerDay = "reviews_per_day"
    case rolloverHour = "rollover_hour"
    case leechThreshold = "leech_threshold"
    case defaultDeck = "default_deck"
    case retentionTarget = "retention_target"

    public var description: String { rawValue }

    /// Every key, in the order `recall config` lists and writes them.
    public static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// What the key takes, as an error message says it.
    public var expected: String {
        switch self {
        case .newPerDay, .reviewsPerDay: "a whole number, 0 or more"
        case .rolloverHour: "a whole number from 0 to 23 (the hour a study day begins)"
        case .leechThreshold: "a whole number, 1 or more (lapses)"
        case .defaultDeck: "a deck name in quotes (\"\" for every deck)"
        case .retentionTarget: "a whole number from 50 to 99 (the percent of reviews you aim to pass)"
        }
    }

    /// Whether the key takes a number (else a string).
    var isNumber: Bool { self != .defaultDeck }

    /// The value when neither the file nor a flag gives one.
    public var defaultValue: SettingValue {
        let standard = SchedulerConfig.standard
        switch self {
        case .newPerDay: return .number(standard.newCardsPerDay)
        case .reviewsPerDay: return .number(standard.reviewsPerDay)
        case .rolloverHour: return .number(standard.rolloverHour)
        case .leechThreshold: return .number(standard.leechThreshold)
        case .defaultDeck: return .text("")
        case .retentionTarget: return .number(90)
        }
    }

    /// Whether `value` is one this key takes.
    func accepts(_ value: SettingValue) -> Bool {
        switch (self, value) {
        case (.newPerDay, .number(let n)), (.reviewsPerDay, .number(let n)): n >= 0
        case (.rolloverHour, .number(let n)): (0...23).contains(n)
        case (.leechThreshold, .number(let n)): n >= 1
        case (.defaultDeck, .text): true
        case (.retentionTarget, .number(let n)): (50...99).contains(n)
        default: false
        }
    }

    /// Reads a value typed on the command line (`recall config KEY VALUE`).
    /// - Throws: `SettingError.badArgument` when the key does not take it.
    public func value(fromArgument text: String) throws(SettingError) -> SettingValue {
        let value: SettingValue
        if isNumber {
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw .badArgument(key: self, text: text)
            }
            value = .number(number)
        } else {
            value = .text(text)
        }
        guard accepts(value) else { throw .badArgument(key: self, text: text) }
        return value
    }
}

/// A setting's value: a number or a text.
public enum SettingValue: Equatable, Sendable, CustomStringConvertible {
    case number(Int)
    case text(String)

    /// The value as `recall config KEY` prints it: bare.
    public var description: String {
        switch self {
        case .number(let n): String(n)
        case .text(let s): s
        }
    }

    /// The value as TOML writes it (a string quoted and escaped by TOMLKit).
    public var toml: String {
        switch self {
        case .number(let n): return String(n)
        case .text(let s):
            let line = TOMLTable(["v": s]).convert(to: .toml, options: [.allowUnicodeStrings])
            return line.split(separator: "=", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                ?? "\"\(s)\""
        }
    }

    var number: Int? { if case .number(let n) = self { n } else { nil } }
    var text: String? { if case .text(let s) = self { s } else { nil } }
}

/// Why a settings file or a `recall config` argument was refused.
public enum SettingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not TOML, holds a key recall does not know, or a value
    /// its key does not take: `PATH:LINE: what`.
    case badFile(path: String, line: Int, message: String)
    /// The file could not be read or written.
    case cannotUse(path: String, reason: String)
    /// `recall config KEY` with a key recall does not know.
    case unknownKey(String)
    /// `recall config KEY VALUE` with a value the key does not take.
    case badArgument(key: SettingKey, text: String)

    public var description: String {
        switch self {
        case .badFile(let path, let line, let message): "\(path):\(line): \(message)"
        case .cannotUse(let path, let reason): "cannot use the settings file \(path): \(reason)"
        case .unknownKey(let key): "unknown setting \"\(key)\"; the settings are \(SettingKey.names)"
        case .badArgument(let key, let text): "\(key) takes \(key.expected), not \"\(text)\""
        }
    }
}

/// The settings that last from run to run: `config.toml`, read with
/// TOMLKit. A key the file does not set takes its default; a flag given to
/// a command overrides either for that run.
public struct Settings: Equatable, Sendable {
    /// Where the settings were read from (whether or not the file exists).
    public let path: String
    /// The values the file sets, by key.
    public private(set) var fileValues: [SettingKey: SettingValue]

    /// Where a setting's value comes from.
    public enum Source: Equatable, Sendable { case file, standard }

    public init(path: String, fileValues: [SettingKey: SettingValue] = [:]) {
        self.path = path
        self.fileValues = fileValues
    }

    /// `$RECALL_CONFIG`, else `$XDG_CONFIG_HOME/recall/config.toml`, else
    /// `~/.config/recall/config.toml`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let path = environment["RECALL_CONFIG"], !path.isEmpty { return path }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/recall/config.toml" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/recall/config.toml"
    }

    /// Reads the settings file at `path`; a missing file sets nothing.
    /// - Throws: `SettingError.badFile` naming the line of the first
    ///   problem: TOML that does not parse, an unknown key, a bad value.
    public static func load(path: String) throws(SettingError) -> Settings {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return Settings(path: path) }
        guard !isFolder.boolValue else { throw .cannotUse(path: path, reason: "it is a folder, not a file") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .cannotUse(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badFile(path: path, line: 1, message: "not UTF-8 text")
        }
        return Settings(path: path, fileValues: try parse(text, path: path))
    }

    /// The keys and values of a settings file's text.
    static func parse(_ text: String, path: String) throws(SettingError) -> [SettingKey: SettingValue] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .badFile(path: path, line: max(1, error.source.begin.line), message: error.description)
        } catch {
            throw .badFile(path: path, line: 1, message: String(describing: error))
        }
        let lines = KeyLines(text)
        var values: [SettingKey: SettingValue] = [:]
        // Report the problem that comes first in the file.
        for name in table.keys.sorted(by: { (lines.line(of: $0), $0) < (lines.line(of: $1), $1) }) {
            let line = lines.line(of: name)
            guard let key = SettingKey(rawValue: name) else {
                throw .badFile(path: path, line: line, message: "unknown key \"\(name)\"; the keys are \(SettingKey.names)")
            }
            let node = table[name]
            let value: SettingValue? = if let n = node?.int { .number(n) } else if let s = node?.string { .text(s) } else { nil }
            guard let value, key.accepts(value) else {
                let shown: String = switch node?.type {
                case .table?: "a table"
                case .array?: "a list"
                default: lines.valueText(of: name) ?? node?.tomlValue.debugDescription ?? "?"
                }
                throw .badFile(path: path, line: line, message: "\(key) takes \(key.expected), not \(shown)")
            }
            values[key] = value
        }
        return values
    }

    /// The value in force for `key`, and where it comes from (a flag is the caller's).
    public func value(_ key: SettingKey) -> (value: SettingValue, source: Source) {
        if let value = fileValues[key] { return (value, .file) }
        return (key.defaultValue, .standard)
    }

    /// The scheduler's numbers with the file's settings in force, and a
    /// command's flags over them (nil: no flag).
    public func schedulerConfig(newPerDay: Int? = nil, reviewsPerDay: Int? = nil, rolloverHour: Int? = nil,
                                leechThreshold: Int? = nil) -> SchedulerConfig {
        var config = SchedulerConfig.standard
        config.newCardsPerDay = newPerDay ?? value(.newPerDay).value.number ?? config.newCardsPerDay
        config.reviewsPerDay = reviewsPerDay ?? value(.reviewsPerDay).value.number ?? config.reviewsPerDay
        config.rolloverHour = rolloverHour ?? value(.rolloverHour).value.number ?? config.rolloverHour
        config.leechThreshold = leechThreshold ?? value(.leechThreshold).value.number ?? config.leechThreshold
        return config
    }

    /// The deck a command opens without `--deck`: the flag, else the file's
    /// `default_deck`; nil (every deck) for an empty name.
    public func deck(flag: String?) -> String? {
        let name = flag ?? value(.defaultDeck).value.text ?? ""
        return name.isEmpty ? nil : name
    }

    /// The retention the learner aims for, from 0.5 to 0.99 (`retention_target`, a percent).
    public var retentionTarget: Double {
        Double(value(.retentionTarget).value.number ?? 90) / 100
    }

    /// Sets `key` in the file and writes it: every key the file sets, one a
    /// line, in the order of `SettingKey.allCases` (TOMLKit does not keep
    /// comments or layout, so the file is written anew). The file is
    /// written under a temporary name and renamed; its folder is made if
    /// needed.
    public mutating func set(_ key: SettingKey, to value: SettingValue) throws(SettingError) {
        guard key.accepts(value) else { throw .badArgument(key: key, text: value.description) }
        var values = fileValues
        values[key] = value
        let text = Self.render(values)
        // What is written must read back as what was meant.
        guard (try? Self.parse(text, path: path)) == values else {
            throw .cannotUse(path: path, reason: "the value \(value.toml) would not read back")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw .cannotUse(path: path, reason: String(describing: error))
        }
        fileValues = values
    }

    /// The text of a settings file that sets `values`.
    static func render(_ values: [SettingKey: SettingValue]) -> String {
        var text = "# recall settings: `recall config` lists them, `recall config KEY VALUE` sets one.\n"
        for key in SettingKey.allCases {
            if let value = values[key] { text += "\(key) = \(value.toml)\n" }
        }
        return text
    }
}

/// Finds the line of a top-level key in a settings file's text, for error
/// messages (TOMLKit gives lines for parse errors only). TOMLKit has
/// already parsed the text; this only looks for the line a key starts on:
/// `key = …`, `"key" = …`, `key.sub = …` or a table header `[key]`.
struct KeyLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line where `key` is first set (1 when it cannot be told).
    func line(of key: String) -> Int {
        index(of: key).map { $0 + 1 } ?? 1
    }

    /// The text after `=` on the key's line, as written (a comment dropped).
    func valueText(of key: String) -> String? {
        guard let index = index(of: key) else { return nil }
        let line = lines[index]
        guard let equals = line.firstIndex(of: "=") else { return nil }
        var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        if !value.hasPrefix("\""), !value.hasPrefix("'"), let hash = value.firstIndex(of: "#") {
            value = value[..<hash].trimmingCharacters(in: .whitespaces)
        }
        return value.isEmpty ? nil : value
    }

    private func index(of key: String) -> Int? {
        lines.firstIndex { leadingKey($0) == key }
    }

    /// The first key a line names, unquoted: `a` for `a = 1`, `"a" = 1`,
    /// `a.b = 1`, `[a]`, `[a.b]` and `[[a]]`.
    private func leadingKey(_ line: Substring) -> String? {
        var rest = line.drop { $0 == " " || $0 == "\t" || $0 == "[" }
        guard let first = rest.first, first != "#" else { return nil }
        if first == "\"" || first == "'" {
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: first) else { return nil }
            return String(rest[..<close])
        }
        let name = rest.prefix { !" \t=.]".contains($0) }
        return name.isEmpty ? nil : String(name)
    }
}
