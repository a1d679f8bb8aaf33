/// The scheduler's decisions in a run, kept small on runs of any length: how many decisions
/// were made, and only those that differ from the automatic rule (the learner's picks). The
/// automatic rule (the seed's draws, FIFO after a forced switch) reproduces all the others, so
/// replaying a log reproduces the run exactly while a long automatic run stores nothing per
/// decision.
public struct ChoiceLog: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// A decision the automatic rule would not have made: decision number `index` went to `thread`.
    /// With a `step` it is a preemption (the explorer's or a replayed schedule's): at that
    /// switch point, `step` instructions into the run, the running thread gave way to `thread`.
    public struct Pick: Hashable, Sendable {
        public var index: Int
        public var thread: ThreadID
        public var step: Int?
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

    /// `n` decisions the automatic rule made (a parsed schedule's run of them).
    public mutating func appendAutomatic(count n: Int) { count += max(0, n) }

    /// A preemption at instruction `step`: the running thread gave way to `thread`.
    public mutating func appendPreemption(step: Int, thread: ThreadID) {
        picks.append(Pick(index: count, thread: thread, step: step))
        count += 1
    }

    /// How many of the decisions were preemptions.
    public var preemptionCount: Int { picks.reduce(0) { $0 + ($1.step == nil ? 0 : 1) } }

    /// A decision that went to `thread` against (or regardless of) the automatic rule.
    public mutating func appendPick(_ thread: ThreadID) {
        picks.append(Pick(index: count, thread: thread, step: nil))
        count += 1
    }

    /// The pick made at decision `index`; nil when the automatic rule decided it (or it was a
    /// preemption: see `entry(at:)`).
    public func pick(at index: Int) -> ThreadID? {
        entry(at: index).flatMap { $0.step == nil ? $0.thread : nil }
    }

    /// The pick or preemption recorded at decision `index`; nil when the automatic rule decided it.
    public func entry(at index: Int) -> Pick? {
        let position = Trace.upperBound(picks.count) { picks[$0].index < index }
        return position < picks.count && picks[position].index == index ? picks[position] : nil
    }

    /// The first preemption at decision `index` or later.
    public func nextPreemption(from index: Int) -> Pick? {
        var position = Trace.upperBound(picks.count) { picks[$0].index < index }
        while position < picks.count {
            if picks[position].step != nil { return picks[position] }
            position += 1
        }
        return nil
    }

    /// The first `n` decisions.
    public func prefix(_ n: Int) -> ChoiceLog {
        var log = ChoiceLog()
        log.count = min(max(n, 0), count)
        log.picks = picks.filter { $0.index < log.count }
        return log
    }
}
