import Foundation
import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct SchedulerConfigDefaults {
        @Test func defaultsFollowTheProductContract() {
            let config = SchedulerConfig.standard
            #expect(config.rolloverHour == 4)
            #expect(config.maximumIntervalDays == 36500)
            #expect(config.leechThreshold == 8)
            #expect(config.leechRepeat == 4)
            #expect(config.newCardsPerDay == 20)
            #expect(config.reviewsPerDay == 200)
            #expect(config.redrillBelow == 4)
        }

        @Test func missingKeysDecodeAsDefaults() throws {
            let json = Data(#"{"newCardsPerDay": 5, "rolloverHour": 3}"#.utf8)
            let config = try JSONDecoder().decode(SchedulerConfig.self, from: json)
            #expect(config == SchedulerConfig(rolloverHour: 3, newCardsPerDay: 5))
        }

        @Test func roundTripsThroughJSON() throws {
            let config = SchedulerConfig(leechThreshold: 6, reviewsPerDay: 50)
            let data = try JSONEncoder().encode(config)
            #expect(try JSONDecoder().decode(SchedulerConfig.self, from: data) == config)
        }
    }
}
