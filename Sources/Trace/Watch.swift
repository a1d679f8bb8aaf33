/// What a watched run records on top of the state changes: where each thread is, line by
/// line, and its frames there, so the run view can step by instruction and show locals,
/// cells and suspended generators at any point, forwards or backwards.

/// A variable as the frames pane shows it.
public struct VariableSnapshot: Hashable, Sendable {
    public var name: String
    /// A short `repr` (the engine truncates long ones).
    public var repr: String
    public init(name: String, repr: String) {
        self.name = name
        self.repr = repr
    }
}

/// A closure cell: its variable, the function whose frame created it and the functions
/// that share it (closures over it).
public struct CellSnapshot: Hashable, Sendable {
    public var name: String
    public var repr: String
    /// The function that owns the cell (its frame made it).
    public var owner: String
    /// Functions whose closures hold the cell.
    public var sharedWith: [String]
    /// A stable identity per cell within a run, so the view can show two frames share one cell.
    public var cellID: Int
    public init(name: String, repr: String, owner: String, sharedWith: [String], cellID: Int) {
        self.name = name
        self.repr = repr
        self.owner = owner
        self.sharedWith = sharedWith
        self.cellID = cellID
    }
}

/// One frame of a thread: a call in progress, or a generator suspended at a `yield`.
public struct FrameSnapshot: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// On the thread's call stack.
        case active
        /// A generator (or coroutine) that has started, is paused at `line` and not finished.
        case suspendedGenerator
    }
    /// The function's qualified name (`<module>` for the script).
    public var function: String
    public var line: Int
    public var kind: Kind
    public var locals: [VariableSnapshot]
    public var cells: [CellSnapshot]
    public init(function: String, line: Int, kind: Kind = .active, locals: [VariableSnapshot] = [], cells: [CellSnapshot] = []) {
        self.function = function
        self.line = line
        self.kind = kind
        self.locals = locals
        self.cells = cells
    }
}

/// A line step of one thread in a watched run.
struct StepRecord: Hashable, Sendable {
    var change: Int
    var line: Int32
    /// The thread's frames at the step, when recorded.
    var frames: [FrameSnapshot]?
}

/// How a run ended, as the run view's banner and the CLI report it.
public struct RunEnding: Hashable, Sendable {
    /// The exit status `run` would give (0, 1, n from `sys.exit(n)`, 3 deadlock, 4 step budget).
    public var status: Int32
    /// The `deadlock:` report, when the run ended in a deadlock.
    public var deadlockReport: String?
    /// Threads and primitives on the deadlock cycle, for highlighting.
    public var cycleThreads: [ThreadID]
    public var cyclePrimitives: [PrimitiveID]
    public init(status: Int32, deadlockReport: String? = nil, cycleThreads: [ThreadID] = [], cyclePrimitives: [PrimitiveID] = []) {
        self.status = status
        self.deadlockReport = deadlockReport
        self.cycleThreads = cycleThreads
        self.cyclePrimitives = cyclePrimitives
    }
}

/// A point where the scheduler picks among threads (who gets the GIL or a core, who wakes
/// first); under manual scheduling the learner picks.
public struct SchedulingChoice: Hashable, Sendable {
    public var time: Nanoseconds
    /// The threads that may go next, in the order the automatic rule prefers them.
    public var candidates: [ThreadID]
    /// What is being decided, for the prompt ("who takes the GIL", "who wakes on lock").
    public var question: String
    public init(time: Nanoseconds, candidates: [ThreadID], question: String) {
        self.time = time
        self.candidates = candidates
        self.question = question
    }
}

extension Trace {
    /// Records that `thread` began executing `line` (watched runs only), with its frames
    /// when given. Each step is a change, so the view can stop on it.
    public mutating func recordStep(_ thread: ThreadID, line: Int, frames: [FrameSnapshot]?, at time: Nanoseconds) {
        guard let index = threadSlot(thread) else { return }
        let change = nextChange(at: time)
        guard recordsDetail else { return }
        steps[index].append(StepRecord(change: change, line: Int32(clamping: line), frames: frames))
    }

    /// The change numbers of a thread's line steps, in order (empty unless watched).
    public func stepChanges(of thread: ThreadID) -> [Int] {
        threadSlot(thread).map { steps[$0].map(\.change) } ?? []
    }

    /// The line a thread is on right after `change`: its latest step, else its state slice's line.
    public func line(of thread: ThreadID, atChange change: Int) -> Int? {
        guard let index = threadSlot(thread) else { return nil }
        let list = steps[index]
        let position = Self.upperBound(list.count) { list[$0].change <= change }
        let slice = slice(of: thread, atChange: change)
        if position > 0 {
            let step = list[position - 1]
            if let slice, slice.startChange > step.change { return Int(slice.line) }
            return Int(step.line)
        }
        return slice.map { Int($0.line) }
    }

    /// A thread's frames (innermost last, suspended generators after them) as recorded at
    /// its latest step at or before `change`.
    public func frames(of thread: ThreadID, atChange change: Int) -> [FrameSnapshot]? {
        guard let index = threadSlot(thread) else { return nil }
        let list = steps[index]
        var position = Self.upperBound(list.count) { list[$0].change <= change }
        while position > 0 {
            let step = list[position - 1]
            if let frames = step.frames { return frames }
            position -= 1
        }
        return nil
    }
}

extension Trace {
    /// The change numbers of a thread's line steps after `change`, in order, so a view that
    /// follows a growing trace can index only what is new (binary search, no full copy).
    public func stepChanges(of thread: ThreadID, after change: Int) -> [Int] {
        guard let index = threadSlot(thread) else { return [] }
        let list = steps[index]
        let start = Self.upperBound(list.count) { list[$0].change <= change }
        return list[start...].map(\.change)
    }
}
