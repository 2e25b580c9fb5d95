/// SuperMemo 2 as published (Wozniak 1990), in exact integer arithmetic.
///
/// Pure: every input is an argument, nothing reads the clock, random numbers
/// or storage. `review` turns a schedule and a grade into an outcome;
/// `nextIntervals` previews every grade for the review screen.
public struct SM2: Sendable {
    public var config: SchedulerConfig

    public init(config: SchedulerConfig = .standard) {
        self.config = config
    }

    /// Answers `schedule` with `grade` on `day`.
    ///
    /// The first answer of a study day schedules the card; any later answer
    /// that day is a `.drill` that leaves the schedule as it was.
    public func review(_ schedule: CardSchedule, grade: Grade, on day: StudyDay) -> ReviewOutcome {
        let needsRedrill = grade.rawValue < config.redrillBelow
        if schedule.lastReviewDay == day {
            return ReviewOutcome(
                grade: grade, day: day, kind: .drill, previous: schedule, schedule: schedule,
                becameLeech: false, needsRedrill: needsRedrill)
        }
        var next = grade.passed ? passed(schedule, grade: grade) : failed(schedule)
        next.dueDay = day.adding(days: next.intervalDays)
        next.lastReviewDay = day
        let becameLeech = next.lapses > schedule.lapses && config.isLeechMilestone(lapses: next.lapses)
        if becameLeech {
            next.isLeech = true
            next.isSuspended = true
        }
        return ReviewOutcome(
            grade: grade, day: day, kind: schedule.repetitions == 0 ? .learn : .review,
            previous: schedule, schedule: next,
            becameLeech: becameLeech, needsRedrill: needsRedrill)
    }

    /// The interval in days each grade would give if answered now. For a
    /// card already scheduled today every grade keeps the current interval.
    public func nextIntervals(for schedule: CardSchedule, on day: StudyDay) -> [Grade: Int] {
        Dictionary(uniqueKeysWithValues: Grade.allCases.map { grade in
            (grade, review(schedule, grade: grade, on: day).schedule.intervalDays)
        })
    }

    /// q ≥ 3: adjust EF, count the repetition, grow the interval.
    private func passed(_ schedule: CardSchedule, grade: Grade) -> CardSchedule {
        var next = schedule
        next.easinessHundredths = Self.easiness(after: schedule.easinessHundredths, grade: grade)
        next.repetitions = schedule.repetitions + 1
        switch next.repetitions {
        case 1: next.intervalDays = 1
        case 2: next.intervalDays = 6
        default: next.intervalDays = Self.grow(schedule.intervalDays, by: next.easinessHundredths)
        }
        next.intervalDays = min(max(next.intervalDays, 1), max(config.maximumIntervalDays, 1))
        return next
    }

    /// q < 3: restart at n = 0 with a one-day interval; EF stays. A failure
    /// after at least one success is a lapse.
    private func failed(_ schedule: CardSchedule) -> CardSchedule {
        var next = schedule
        if schedule.repetitions > 0 { next.lapses += 1 }
        next.repetitions = 0
        next.intervalDays = 1
        return next
    }

    /// EF' = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)) in hundredths, floor 1.30.
    static func easiness(after hundredths: Int, grade: Grade) -> Int {
        let miss = 5 - grade.rawValue
        let delta = 10 - miss * (8 + miss * 2)
        return max(hundredths + delta, CardSchedule.minimumEasinessHundredths)
    }

    /// ceil(interval · EF) with EF in hundredths; `Int.max` on overflow (the
    /// caller caps it).
    static func grow(_ interval: Int, by hundredths: Int) -> Int {
        let (product, overflow) = interval.multipliedReportingOverflow(by: hundredths)
        if overflow { return .max }
        return product / 100 + (product % 100 > 0 ? 1 : 0)
    }
}
