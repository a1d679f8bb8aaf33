/// What a watched run records about event loops (asyncio's loop, gevent's hub) and about the
/// hand-overs between coroutines: the run view's event loop pane and its switch marks.

/// An event loop's queues at an instant: what runs now, what is ready to run next, and the
/// timers, earliest first. Lists are cut at `LoopSnapshot.listLimit`; the counts are whole.
public struct LoopSnapshot: Hashable, Sendable {
    /// Entries kept per list: a pane shows a few; a loop of 10,000 tasks still costs a few.
    public static let listLimit = 12

    /// Which loop it is.
    public enum Kind: String, Hashable, Sendable {
        case asyncio
        /// gevent's hub (its loop is libev's role).
        case gevent
    }

    /// A pending timer: when it is due (virtual time) and what it will do.
    public struct Timer: Hashable, Sendable {
        public var due: Nanoseconds
        public var what: String
        public init(due: Nanoseconds, what: String) {
            self.due = due
            self.what = what
        }
    }

    public var kind: Kind
    /// The thread that runs the loop.
    public var thread: ThreadID
    /// The callback or task step running now; nil while the loop waits (or between callbacks).
    public var running: String?
    /// Callbacks and task steps ready to run, in order (the next first).
    public var ready: [String]
    public var readyCount: Int
    public var timers: [Timer]
    public var timerCount: Int
    /// What the loop waits on besides its timers: descriptors watched for IO (`fd 4 read`).
    public var waitsOn: [String]

    public init(kind: Kind, thread: ThreadID, running: String? = nil, ready: [String] = [], readyCount: Int? = nil,
                timers: [Timer] = [], timerCount: Int? = nil, waitsOn: [String] = []) {
        self.kind = kind
        self.thread = thread
        self.running = running
        self.ready = ready
        self.readyCount = readyCount ?? ready.count
        self.timers = timers
        self.timerCount = timerCount ?? timers.count
        self.waitsOn = waitsOn
    }
}

/// A hand-over between two coroutines of one OS thread: a greenlet switch, or the loop moving
/// from one task's step to another's.
public struct SwitchMark: Hashable, Sendable {
    public var change: Int
    /// The lane that gave up the thread (nil when none is known: the first step).
    public var from: ThreadID?
    public var to: ThreadID
}

struct LoopRecord: Hashable, Sendable {
    var change: Int
    var snapshot: LoopSnapshot
}

extension Trace {
    /// Records a loop's state from the next change on: a loop reports what it is about to
    /// do (run a callback, wait), and the next change is where that starts (the task's lane
    /// running, the thread blocking). It adds no change of its own, so stepping stops where
    /// it always did; a later report before that change replaces it, the same state as the
    /// last recorded one records nothing.
    public mutating func recordLoop(_ snapshot: LoopSnapshot) {
        guard recordsDetail else { return }
        pendingLoops.removeAll { $0.thread == snapshot.thread }
        pendingLoops.append(snapshot)
    }

    mutating func attachPendingLoops(to change: Int) {
        for snapshot in pendingLoops {
            var list = loopRecords[snapshot.thread] ?? []
            if list.last?.snapshot == snapshot { continue }
            if list.last?.change == change { list.removeLast() }
            list.append(LoopRecord(change: change, snapshot: snapshot))
            loopRecords[snapshot.thread] = list
        }
        pendingLoops.removeAll()
    }

    /// Whether the run has had an event loop (the run view shows its pane only then).
    public var hasEventLoop: Bool { !loopRecords.isEmpty }

    /// Every loop's state right after `change`, by the thread that runs it.
    public func loopStates(atChange change: Int) -> [LoopSnapshot] {
        loopRecords.keys.sorted().compactMap { thread in
            guard let list = loopRecords[thread] else { return nil }
            let position = Self.upperBound(list.count) { list[$0].change <= change }
            return position == 0 ? nil : list[position - 1].snapshot
        }
    }

    /// The lanes that share `thread`'s OS thread: the thread itself and its greenlets or tasks.
    func coroutineGroup(of thread: ThreadID) -> [ThreadID] {
        let host = info(of: thread).flatMap { $0.host } ?? thread
        return threads.filter { ($0.host ?? $0.id) == host }.map(\.id)
    }

    /// The hand-overs among the coroutines of `thread`'s OS thread, in order: each change where
    /// a lane began to run after being suspended (or a greenlet or task ran for the first
    /// time), with the lane that last stopped running before it. Empty for a thread alone.
    public func switchMarks(of thread: ThreadID) -> [SwitchMark] {
        let group = coroutineGroup(of: thread)
        guard group.count > 1 else { return [] }
        var ins: [(change: Int, lane: ThreadID)] = []
        var outs: [(change: Int, lane: ThreadID)] = []
        for lane in group {
            let hosted = info(of: lane)?.host != nil
            var previous: ThreadState?
            for slice in slices(of: lane) {
                if case .running = slice.state {
                    if previous == .suspended || (hosted && previous == .notStarted) { ins.append((slice.startChange, lane)) }
                } else if case .running? = previous, slice.state == .suspended || slice.state == .finished {
                    outs.append((slice.startChange, lane))
                }
                previous = slice.state
            }
        }
        ins.sort { $0.change < $1.change }
        outs.sort { $0.change < $1.change }
        var marks: [SwitchMark] = []
        var next = 0
        var last: ThreadID?
        for entry in ins {
            while next < outs.count && outs[next].change <= entry.change {
                if outs[next].lane != entry.lane { last = outs[next].lane }
                next += 1
            }
            marks.append(SwitchMark(change: entry.change, from: last == entry.lane ? nil : last, to: entry.lane))
        }
        return marks
    }
}
