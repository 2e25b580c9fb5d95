import Hummingbird
import NIOCore

/// The request context of the API: Hummingbird's, and the client's address
/// (failed sign-ins are counted per address).
struct APIContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}

/// Slows down guessing: an address with 10 failed sign-ins in a minute gets
/// 429 on every request until that minute has passed.
actor LoginThrottle {
    static let limit = 10
    static let window: Double = 60
    private var failures: [String: [ContinuousClock.Instant]] = [:]

    /// Seconds to wait, when the address is refused now.
    func refusal(_ address: String) -> Int? {
        let now = ContinuousClock.now
        let recent = (failures[address] ?? []).filter { now - $0 < .seconds(Self.window) }
        failures[address] = recent.isEmpty ? nil : recent
        guard recent.count >= Self.limit, let oldest = recent.first else { return nil }
        let left = Self.window - Double((now - oldest).components.seconds)
        return max(1, Int(left.rounded(.up)))
    }

    func failed(_ address: String) {
        failures[address, default: []].append(.now)
    }
}
