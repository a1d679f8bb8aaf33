/// The scheduler's decisions in a run, kept small on runs of any length: how many decisions
/// were made, and only those that differ from the automatic rule (the learner's picks). The
/// automatic rule (the seed's draws, FIFO after a forced switch) reproduces all the others, so
/// replaying a log reproduces the run exactly while a long automatic run stores nothing per
/// decision.
public struct ChoiceLog: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// A decision the automatic rule would not have made: decision number `index` went to `thread`.
    public struct Pick: Hashable, Sendable {
        public var index: Int
        public var thread: ThreadID
    }

    /// How many decisions were made (automatic or picked).
    public private(set) var count = 0
    /// The picks, by increasing `index`.
    public private(set) var picks: [Pick] = []

    public init() {}

    /// A log where every decision was a pick, in order (tests and hand-made schedules).
    public init(arrayLiteral threads: ThreadID...) {
        for thread in threads { appendPick(thread) }
    }

    public var isEmpty: Bool { count == 0 }

    /// A decision the automatic rule made.
    public mutating func appendAutomatic() { count += 1 }

    /// A decision that went to `thread` against (or regardless of) the automatic rule.
    public mutating func appendPick(_ thread: ThreadID) {
        picks.append(Pick(index: count, thread: thread))
        count += 1
    }

    /// The pick made at decision `index`; nil when the automatic rule decided it.
    public func pick(at index: Int) -> ThreadID? {
        let position = Trace.upperBound(picks.count) { picks[$0].index < index }
        return position < picks.count && picks[position].index == index ? picks[position].thread : nil
    }

    /// The first `n` decisions.
    public func prefix(_ n: Int) -> ChoiceLog {
        var log = ChoiceLog()
        log.count = min(max(n, 0), count)
        log.picks = picks.filter { $0.index < log.count }
        return log
    }
}
