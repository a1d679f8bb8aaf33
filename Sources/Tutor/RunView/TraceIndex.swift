import Trace

/// What playback needs to know about a growing trace beyond `Trace`'s own queries: which
/// changes are line steps (so `n`/`b` can skip them) and every step in order with its thread
/// (so the code pane knows which line just ran). Updated incrementally as the source advances,
/// over the changes the trace holds in detail (`base..<changeCount`): a long run's trace lets
/// its oldest changes go, and the index with it.
struct TraceIndex {
    /// Every line step of every thread, in change order.
    private(set) var steps: [(change: Int, thread: ThreadID)] = []
    /// Step change numbers per thread, in order.
    private(set) var stepsByThread: [ThreadID: [Int]] = [:]
    /// The changes seen so far (`trace.changeCount` at the last update).
    private(set) var changeCount = 0
    /// The first change indexed; earlier ones need the source to rewind.
    private(set) var base = 0
    /// Whether change `base + i` is a line step.
    private var isStep: [Bool] = []

    /// Takes in whatever the trace recorded since the last update.
    mutating func update(from trace: Trace) {
        let start = trace.detailRange.lowerBound
        if start > base { forget(before: start) }
        guard trace.changeCount > changeCount else { return }
        let seen = changeCount - 1
        var fresh: [(change: Int, thread: ThreadID)] = []
        for thread in trace.threads {
            let new = trace.stepChanges(of: thread.id, after: seen)
            guard !new.isEmpty else { continue }
            stepsByThread[thread.id, default: []] += new
            fresh += new.map { ($0, thread.id) }
        }
        // Change numbers only grow, so everything new sorts after what is already indexed.
        fresh.sort { $0.change < $1.change }
        steps += fresh
        isStep += Array(repeating: false, count: trace.changeCount - changeCount)
        for step in fresh { isStep[step.change - base] = true }
        changeCount = trace.changeCount
    }

    /// Lets go of the changes before `start`, as the trace did.
    private mutating func forget(before start: Int) {
        isStep.removeFirst(min(max(start - base, 0), isStep.count))
        base = start
        changeCount = max(changeCount, start)
        steps.removeFirst(Trace.upperBound(steps.count) { steps[$0].change < start })
        for (thread, list) in stepsByThread {
            stepsByThread[thread] = Array(list[Trace.upperBound(list.count) { list[$0] < start }...])
        }
    }

    func isLineStep(_ change: Int) -> Bool {
        change >= base && change < changeCount && isStep[change - base]
    }

    /// The first event (a change that is not a line step) after `change`, if recorded yet.
    func nextEvent(after change: Int) -> Int? {
        var candidate = max(change + 1, base)
        while candidate < changeCount {
            if !isStep[candidate - base] { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The last event before `change` (nil when there is none among the indexed changes).
    func previousEvent(before change: Int) -> Int? {
        var candidate = min(change - 1, changeCount - 1)
        while candidate >= base {
            if !isStep[candidate - base] { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// The selected thread's first line step after `change`, if recorded yet.
    func nextStep(of thread: ThreadID, after change: Int) -> Int? {
        guard let list = stepsByThread[thread] else { return nil }
        let position = Trace.upperBound(list.count) { list[$0] <= change }
        return position < list.count ? list[position] : nil
    }

    /// The latest line step of any thread at or before `change`.
    func lastStep(atOrBefore change: Int) -> (change: Int, thread: ThreadID)? {
        let position = Trace.upperBound(steps.count) { steps[$0].change <= change }
        return position == 0 ? nil : steps[position - 1]
    }
}
