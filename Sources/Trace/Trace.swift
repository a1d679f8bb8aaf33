/// Everything that happened in a run, recorded as changes (never one entry per bytecode), and
/// queries that redraw the picture at any point, forwards or backwards.
///
/// Every change gets the next sequence number; `time(ofChange:)` maps it to virtual time.
/// Several changes can share an instant, so views step by change, not by time.
///
/// Memory is bounded by a `DetailPolicy`: past its budget a trace keeps counting changes and
/// folds thread states and GIL ownership into a `TraceSummary` (time buckets over the whole
/// run), and holds detail only for the first changes (`run --timeline`, `--trace-json`) or the
/// latest ones (the run view, which re-runs from a checkpoint to see earlier ones).
public struct Trace: Sendable {
    /// One interval of a thread's life in a single state; it ends where the next slice starts.
    public struct Slice: Hashable, Sendable {
        public var state: ThreadState
        public var line: Int32
        public var startChange: Int
    }

    struct GILRecord: Hashable, Sendable {
        var change: Int
        var holder: ThreadID?
        var reason: GILReason
    }

    struct PrimitiveRecord: Hashable, Sendable {
        var change: Int
        var thread: ThreadID
        var owner: ThreadID?
        var value: Int32
        var operation: PrimitiveOperation
    }

    /// How much of a run a trace holds in detail.
    public enum DetailPolicy: Hashable, Sendable {
        /// Every change (hand-built traces, tests).
        case unbounded
        /// The first `n` changes; later ones only in the summary (`run --timeline`, `--trace-json`).
        case firstChanges(Int)
        /// The latest changes: once `2 * n` are held, the oldest `n` are let go (the run view).
        case latestChanges(Int)
    }

    /// Detail budget of `run --timeline` and `--trace-json`: about 60 MB of records (every
    /// lesson example fits), and a Chrome trace of this many events stays under 200 MB.
    public static let defaultDetailLimit = 1_000_000
    /// Waiter lists are rebuilt by replaying operations from the nearest checkpoint.
    static let checkpointInterval = 64
    /// Output chunks kept from before the detail window (the output pane shows the latest lines).
    static let outputTail = 256

    public let policy: DetailPolicy
    /// The whole run at bucket resolution; nil for an unbounded trace (its detail is complete).
    public private(set) var summary: TraceSummary?

    public private(set) var threads: [ThreadInfo] = []
    /// Every process's start, exit and reaping (Trace+Processes.swift).
    public internal(set) var processEvents: [ProcessEvent] = []
    /// Each process's label for timelines and trace viewers (`pid 4243`), by its trace id.
    public private(set) var processLabels: [ProcessID: String] = [:]
    public private(set) var primitives: [PrimitiveInfo] = []
    public private(set) var outputs: [OutputChunk] = []
    private(set) var outputChanges: [Int] = []
    private(set) var slices: [[Slice]] = []
    private(set) var gil: [ProcessID: [GILRecord]] = [:]
    private(set) var operations: [[PrimitiveRecord]] = []
    var waiterCheckpoints: [[(index: Int, waiters: [ThreadID])]] = []
    private var liveWaiters: [[ThreadID]] = []
    var threadIndex: [ThreadID: Int] = [:]
    private var primitiveIndex: [PrimitiveID: Int] = [:]
    /// Times of changes `changeBase..<detailEnd`.
    var changeTimes: [Nanoseconds] = []
    /// The first change held in detail (records from before it may remain as anchors).
    public internal(set) var changeBase = 0
    /// Times of the changes before `changeBase` that kept records still start at.
    var anchorTimes: [(change: Int, time: Nanoseconds)] = []
    /// How many changes were recorded; valid change numbers are `0..<changeCount`.
    public private(set) var changeCount = 0
    private var lastTime: Nanoseconds = 0
    /// Each thread's state and each GIL's holder now (detail may have stopped).
    private var currentStates: [ThreadState] = []
    private var currentHolders: [ProcessID: ThreadID?] = [:]
    /// A `latestChanges` trace keeps this change and later ones in detail whatever its size
    /// (a run restarted to show a change sets it while it runs up to it).
    public var detailFloor: Int?
    /// False once a `firstChanges` trace has spent its budget.
    public private(set) var recordsDetail = true
    /// Line steps of watched runs, per thread (empty unless a view asked for them).
    var steps: [[StepRecord]] = []
    /// Event loops' queues (Trace+Loop.swift) and descriptor tables (Trace+Kernel.swift) in
    /// watched runs, each attached to the change it follows.
    var loopRecords: [ThreadID: [LoopRecord]] = [:]
    /// Loop states waiting for the next change (what the loop does next starts there).
    var pendingLoops: [LoopSnapshot] = []
    var kernelRecords: [KernelRecord] = []
    /// The recorder's fingerprint of the kernel state last recorded (it skips equal states
    /// without building their tables).
    public var kernelFingerprint: Int?

    public init(policy: DetailPolicy = .unbounded) {
        self.policy = policy
        if policy != .unbounded { summary = TraceSummary() }
    }

    /// The instant of the last change (0 for an empty trace).
    public var endTime: Nanoseconds { changeCount == 0 ? 0 : lastTime }
    /// The changes held in detail.
    public var detailRange: Range<Int> { changeBase..<(changeBase + changeTimes.count) }
    /// Whether every change of the run is held in detail (always so under the budget).
    public var isComplete: Bool { changeBase == 0 && changeTimes.count == changeCount }
    /// The virtual time span the detail covers; before and after it only the summary knows the run.
    public var detailTimes: ClosedRange<Nanoseconds> {
        guard let first = changeTimes.first else { return endTime...endTime }
        let end = changeBase + changeTimes.count == changeCount ? endTime : frozenAt
        return first...max(first, end)
    }
    /// The instant of the first change past a `firstChanges` budget.
    private var frozenAt: Nanoseconds = 0

    public func time(ofChange change: Int) -> Nanoseconds {
        let offset = change - changeBase
        if offset >= 0 && offset < changeTimes.count { return changeTimes[offset] }
        if offset >= changeTimes.count { return changeTimes.isEmpty || changeBase + changeTimes.count == changeCount ? endTime : frozenAt }
        let position = Self.upperBound(anchorTimes.count) { anchorTimes[$0].change <= change }
        if position > 0 { return anchorTimes[position - 1].time }
        return changeTimes.first ?? 0
    }

    /// The last change at or before `time` among those held in detail (nil before the first).
    public func lastChange(atOrBefore time: Nanoseconds) -> Int? {
        let index = Self.upperBound(changeTimes.count) { changeTimes[$0] <= time }
        return index == 0 ? nil : changeBase + index - 1
    }

    // MARK: - Recording

    /// Where a thread's records live. Engines number threads and primitives densely from 0,
    /// so the raw id is usually the index; the dictionary covers any other numbering. (A
    /// dictionary lookup per record was a tenth of a locked-counter run.)
    @inline(__always) func threadSlot(_ thread: ThreadID) -> Int? {
        let raw = Int(thread.raw)
        if raw >= 0 && raw < threads.count && threads[raw].id == thread { return raw }
        return threadIndex[thread]
    }

    @inline(__always) func primitiveSlot(_ primitive: PrimitiveID) -> Int? {
        let raw = Int(primitive.raw)
        if raw >= 0 && raw < primitives.count && primitives[raw].id == primitive { return raw }
        return primitiveIndex[primitive]
    }

    /// Numbers the next change; records its time while detail is kept.
    mutating func nextChange(at time: Nanoseconds) -> Int {
        // Virtual time never runs backwards; clamping keeps a buggy caller from corrupting lookups.
        let time = changeCount == 0 ? time : max(time, lastTime)
        lastTime = time
        let change = changeCount
        changeCount += 1
        guard recordsDetail else { return change }
        switch policy {
        case .unbounded:
            break
        case let .firstChanges(limit):
            if changeTimes.count >= limit {
                recordsDetail = false
                frozenAt = time
                return change
            }
        case let .latestChanges(limit):
            if changeTimes.count >= 2 * max(limit, 1) { dropDetail(before: min(change - max(limit, 1), detailFloor ?? .max)) }
        }
        changeTimes.append(time)
        if !pendingLoops.isEmpty { attachPendingLoops(to: change) }
        return change
    }

    public mutating func addThread(_ info: ThreadInfo, at time: Nanoseconds, line: Int = 0) {
        guard threadIndex[info.id] == nil else { return }
        threadIndex[info.id] = threads.count
        threads.append(info)
        currentStates.append(.notStarted)
        summary?.addThread(at: time)
        let change = nextChange(at: time)
        slices.append(recordsDetail ? [Slice(state: .notStarted, line: Int32(clamping: line), startChange: change)] : [])
        steps.append([])
    }

    /// Labels a process (its pid) for timelines and trace viewers.
    public mutating func labelProcess(_ id: ProcessID, _ label: String) { processLabels[id] = label }

    /// Renames a thread (Python code may set `thread.name` after creation).
    public mutating func renameThread(_ id: ThreadID, to name: String) {
        if let index = threadSlot(id) { threads[index].name = name }
    }

    /// Records a state change; staying in the same state records nothing.
    public mutating func setState(_ thread: ThreadID, _ state: ThreadState, line: Int, at time: Nanoseconds) {
        guard let index = threadSlot(thread), currentStates[index] != state else { return }
        currentStates[index] = state
        let change = nextChange(at: time)
        summary?.setState(slot: index, state, at: lastTime)
        if recordsDetail { slices[index].append(Slice(state: state, line: Int32(clamping: line), startChange: change)) }
    }

    public mutating func setGILHolder(_ holder: ThreadID?, process: ProcessID, reason: GILReason, at time: Nanoseconds) {
        if let last = currentHolders[process], last == holder { return }
        currentHolders[process] = .some(holder)
        let change = nextChange(at: time)
        summary?.setGILHolder(holder, process: process, at: lastTime)
        if recordsDetail { gil[process, default: []].append(GILRecord(change: change, holder: holder, reason: reason)) }
    }

    public mutating func addPrimitive(_ info: PrimitiveInfo, at time: Nanoseconds, initial: PrimitiveSnapshot = PrimitiveSnapshot()) {
        guard primitiveIndex[info.id] == nil else { return }
        primitiveIndex[info.id] = primitives.count
        primitives.append(info)
        let change = nextChange(at: time)
        let record = PrimitiveRecord(change: change, thread: ThreadID(-1), owner: initial.owner,
                                     value: Int32(clamping: initial.value), operation: .changed)
        operations.append(recordsDetail ? [record] : [])
        liveWaiters.append(initial.waiters)
        waiterCheckpoints.append([(0, initial.waiters)])
    }

    /// Renames a primitive once the program binds it to a name (`mutexA = Lock()`).
    public mutating func relabelPrimitive(_ id: PrimitiveID, to label: String) {
        if let index = primitiveSlot(id) { primitives[index].label = label }
    }

    /// Records an operation with the owner and value right after it. `waitBegin` adds the
    /// thread to the waiters, `waitEnd` and `timeout` remove it.
    public mutating func recordOperation(_ operation: PrimitiveOperation, on primitive: PrimitiveID, by thread: ThreadID,
                                         owner: ThreadID?, value: Int, at time: Nanoseconds) {
        guard let index = primitiveSlot(primitive) else { return }
        let change = nextChange(at: time)
        guard recordsDetail else { return }
        operations[index].append(PrimitiveRecord(change: change, thread: thread, owner: owner,
                                                 value: Int32(clamping: value), operation: operation))
        // Only waits change the waiters: passing the list `inout` for every acquire and release
        // cost two uniqueness checks a record.
        switch operation {
        case .waitBegin, .waitEnd, .timeout: Self.applyWaiters(operation, thread: thread, to: &liveWaiters[index])
        default: break
        }
        if operations[index].count % Self.checkpointInterval == 0 {
            waiterCheckpoints[index].append((operations[index].count - 1, liveWaiters[index]))
        }
    }

    public mutating func recordOutput(_ text: String, stream: OutputStream, thread: ThreadID, at time: Nanoseconds) {
        let change = nextChange(at: time)
        guard recordsDetail else { return }
        outputChanges.append(change)
        outputs.append(OutputChunk(time: time, thread: thread, stream: stream, text: text))
    }

    static func applyWaiters(_ operation: PrimitiveOperation, thread: ThreadID, to waiters: inout [ThreadID]) {
        switch operation {
        case .waitBegin:
            waiters.append(thread)
        case .waitEnd, .timeout:
            if let position = waiters.firstIndex(of: thread) { waiters.remove(at: position) }
        case .acquire, .release, .notify, .notifyAll, .set, .clear, .put, .get, .changed:
            break
        }
    }

    /// Lets go of the detail before change `base`, keeping for each thread, GIL and primitive
    /// its last record before it (so queries at `base` and later answer as before) and the
    /// latest output chunks.
    mutating func dropDetail(before base: Int) {
        let base = min(base, changeBase + changeTimes.count)
        guard base > changeBase else { return }
        var kept: [Int] = []
        /// Removes the records before the last one that starts before `base`; returns how many.
        func trim<Record>(_ list: inout [Record], _ change: (Record) -> Int) -> Int {
            let position = Self.upperBound(list.count) { change(list[$0]) < base }
            guard position > 0 else { return 0 }
            kept.append(change(list[position - 1]))
            list.removeFirst(position - 1)
            return position - 1
        }
        for index in slices.indices { _ = trim(&slices[index]) { $0.startChange } }
        for index in steps.indices { _ = trim(&steps[index]) { $0.change } }
        for thread in Array(loopRecords.keys) {
            guard var records = loopRecords[thread] else { continue }
            _ = trim(&records) { $0.change }
            loopRecords[thread] = records
        }
        _ = trim(&kernelRecords) { $0.change }
        for process in Array(gil.keys) {
            guard var records = gil[process] else { continue }
            _ = trim(&records) { $0.change }
            gil[process] = records
        }
        for index in operations.indices {
            let anchorWaiters = waiters(ofSlot: index, atRecord: Self.upperBound(operations[index].count) { operations[index][$0].change < base } - 1)
            let removed = trim(&operations[index]) { $0.change }
            guard removed > 0 else { continue }
            waiterCheckpoints[index] = [(0, anchorWaiters)] + waiterCheckpoints[index].filter { $0.index > removed }.map { ($0.index - removed, $0.waiters) }
        }
        let outputsBefore = Self.upperBound(outputChanges.count) { outputChanges[$0] < base }
        if outputsBefore > Self.outputTail {
            outputs.removeFirst(outputsBefore - Self.outputTail)
            outputChanges.removeFirst(outputsBefore - Self.outputTail)
        }
        anchorTimes = Set(kept.filter { $0 < base }).sorted().map { (change: $0, time: time(ofChange: $0)) }
        changeTimes.removeFirst(base - changeBase)
        changeBase = base
    }

    /// The trace as a run restarted from this point continues it: same numbering, summary and
    /// current states, and of the detail only each list's last record (what queries need).
    public func withoutDetail() -> Trace {
        var copy = self
        copy.dropDetail(before: changeCount)
        return copy
    }

    /// The waiters of primitive slot `index` right after its record `last` (none before the first).
    func waiters(ofSlot index: Int, atRecord last: Int) -> [ThreadID] {
        guard last >= 0 else { return [] }
        let records = operations[index]
        let checkpoints = waiterCheckpoints[index]
        let checkpoint = checkpoints[max(Self.upperBound(checkpoints.count) { checkpoints[$0].index <= last } - 1, 0)]
        var waiters = checkpoint.waiters
        if checkpoint.index < last {
            for record in records[(checkpoint.index + 1)...last] {
                Self.applyWaiters(record.operation, thread: record.thread, to: &waiters)
            }
        }
        return waiters
    }

    // MARK: - Summary queries

    /// Nanoseconds `thread` spent per summary kind (`TraceSummary.kind`) within `[from, to)`;
    /// nil for an unbounded trace.
    public func stateTotals(of thread: ThreadID, from: Nanoseconds, to: Nanoseconds) -> [Int64]? {
        guard let summary, let slot = threadSlot(thread) else { return nil }
        return summary.stateTotals(slot: slot, from: from, to: to, now: endTime)
    }

    /// Nanoseconds each thread held `process`'s GIL within `[from, to)`; nil for an unbounded trace.
    public func gilTotals(process: ProcessID, from: Nanoseconds, to: Nanoseconds) -> [ThreadID: Int64]? {
        summary?.gilTotals(process: process, from: from, to: to, now: endTime)
    }
}
