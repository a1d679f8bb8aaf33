/// Everything that happened in a run, recorded as changes (never one entry per bytecode), and
/// queries that redraw the picture at any point, forwards or backwards.
///
/// Every change gets the next sequence number; `time(ofChange:)` maps it to virtual time.
/// Several changes can share an instant, so views step by change, not by time.
public struct Trace: Sendable {
    /// One interval of a thread's life in a single state; it ends where the next slice starts.
    public struct Slice: Hashable, Sendable {
        public var state: ThreadState
        public var line: Int32
        public var startChange: Int32
    }

    struct GILRecord: Hashable, Sendable {
        var change: Int32
        var holder: ThreadID?
        var reason: GILReason
    }

    struct PrimitiveRecord: Hashable, Sendable {
        var change: Int32
        var thread: ThreadID
        var owner: ThreadID?
        var value: Int32
        var operation: PrimitiveOperation
    }

    /// Waiter lists are rebuilt by replaying operations from the nearest checkpoint.
    static let checkpointInterval = 64

    public private(set) var threads: [ThreadInfo] = []
    public private(set) var primitives: [PrimitiveInfo] = []
    public private(set) var outputs: [OutputChunk] = []
    private(set) var outputChanges: [Int32] = []
    private(set) var slices: [[Slice]] = []
    private(set) var gil: [ProcessID: [GILRecord]] = [:]
    private(set) var operations: [[PrimitiveRecord]] = []
    private var waiterCheckpoints: [[(index: Int, waiters: [ThreadID])]] = []
    private var liveWaiters: [[ThreadID]] = []
    var threadIndex: [ThreadID: Int] = [:]
    private var primitiveIndex: [PrimitiveID: Int] = [:]
    private var changeTimes: [Nanoseconds] = []
    /// Line steps of watched runs, per thread (empty unless a view asked for them).
    var steps: [[StepRecord]] = []
    /// Frames recorded with steps, indexed by `StepRecord.frames`.
    var frameSets: [[FrameSnapshot]] = []

    public init() {}

    /// How many changes were recorded; valid change numbers are `0..<changeCount`.
    public var changeCount: Int { changeTimes.count }
    /// The instant of the last change (0 for an empty trace).
    public var endTime: Nanoseconds { changeTimes.last ?? 0 }

    public func time(ofChange change: Int) -> Nanoseconds {
        changeTimes[min(max(change, 0), changeTimes.count - 1)]
    }

    /// The last change at or before `time` (nil before the first change).
    public func lastChange(atOrBefore time: Nanoseconds) -> Int? {
        let index = Self.upperBound(changeTimes.count) { changeTimes[$0] <= time }
        return index == 0 ? nil : index - 1
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

    mutating func nextChange(at time: Nanoseconds) -> Int32 {
        // Virtual time never runs backwards; clamping keeps a buggy caller from corrupting lookups.
        changeTimes.append(max(time, changeTimes.last ?? time))
        return Int32(changeTimes.count - 1)
    }

    public mutating func addThread(_ info: ThreadInfo, at time: Nanoseconds, line: Int = 0) {
        guard threadIndex[info.id] == nil else { return }
        threadIndex[info.id] = threads.count
        threads.append(info)
        slices.append([Slice(state: .notStarted, line: Int32(line), startChange: nextChange(at: time))])
        steps.append([])
    }

    /// Renames a thread (Python code may set `thread.name` after creation).
    public mutating func renameThread(_ id: ThreadID, to name: String) {
        if let index = threadSlot(id) { threads[index].name = name }
    }

    /// Records a state change; staying in the same state records nothing.
    public mutating func setState(_ thread: ThreadID, _ state: ThreadState, line: Int, at time: Nanoseconds) {
        guard let index = threadSlot(thread) else { return }
        if slices[index].last?.state == state { return }
        slices[index].append(Slice(state: state, line: Int32(line), startChange: nextChange(at: time)))
    }

    public mutating func setGILHolder(_ holder: ThreadID?, process: ProcessID, reason: GILReason, at time: Nanoseconds) {
        if let last = gil[process]?.last, last.holder == holder { return }
        gil[process, default: []].append(GILRecord(change: nextChange(at: time), holder: holder, reason: reason))
    }

    public mutating func addPrimitive(_ info: PrimitiveInfo, at time: Nanoseconds, initial: PrimitiveSnapshot = PrimitiveSnapshot()) {
        guard primitiveIndex[info.id] == nil else { return }
        primitiveIndex[info.id] = primitives.count
        primitives.append(info)
        let record = PrimitiveRecord(change: nextChange(at: time), thread: ThreadID(-1), owner: initial.owner,
                                     value: Int32(clamping: initial.value), operation: .changed)
        operations.append([record])
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
        operations[index].append(PrimitiveRecord(change: nextChange(at: time), thread: thread, owner: owner,
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
        outputChanges.append(nextChange(at: time))
        outputs.append(OutputChunk(time: time, thread: thread, stream: stream, text: text))
    }

    private static func applyWaiters(_ operation: PrimitiveOperation, thread: ThreadID, to waiters: inout [ThreadID]) {
        switch operation {
        case .waitBegin:
            waiters.append(thread)
        case .waitEnd, .timeout:
            if let position = waiters.firstIndex(of: thread) { waiters.remove(at: position) }
        case .acquire, .release, .notify, .notifyAll, .set, .clear, .put, .get, .changed:
            break
        }
    }

    // MARK: - Queries

    public func info(of thread: ThreadID) -> ThreadInfo? {
        threadSlot(thread).map { threads[$0] }
    }

    public func slices(of thread: ThreadID) -> [Slice] {
        threadSlot(thread).map { slices[$0] } ?? []
    }

    /// The slice a thread is in right after `change` (nil if the thread did not exist yet).
    public func slice(of thread: ThreadID, atChange change: Int) -> Slice? {
        guard let index = threadSlot(thread) else { return nil }
        let list = slices[index]
        let position = Self.upperBound(list.count) { Int(list[$0].startChange) <= change }
        return position == 0 ? nil : list[position - 1]
    }

    /// The end time of a slice: the next slice's start, or the trace's end.
    public func endTime(of thread: ThreadID, sliceAt position: Int) -> Nanoseconds {
        guard let index = threadSlot(thread) else { return endTime }
        let list = slices[index]
        return position + 1 < list.count ? time(ofChange: Int(list[position + 1].startChange)) : endTime
    }

    public func gilHolder(process: ProcessID, atChange change: Int) -> ThreadID? {
        guard let records = gil[process] else { return nil }
        let position = Self.upperBound(records.count) { Int(records[$0].change) <= change }
        return position == 0 ? nil : records[position - 1].holder
    }

    /// GIL hand-offs of a process in order, with their instants and reasons.
    public func gilHandoffs(process: ProcessID) -> [(time: Nanoseconds, holder: ThreadID?, reason: GILReason)] {
        (gil[process] ?? []).map { (time(ofChange: Int($0.change)), $0.holder, $0.reason) }
    }

    public var processes: [ProcessID] {
        Array(Set(threads.map(\.process)).union(gil.keys)).sorted()
    }

    /// A primitive's owner, value and waiters right after `change` (nil before it existed).
    public func snapshot(of primitive: PrimitiveID, atChange change: Int) -> PrimitiveSnapshot? {
        guard let index = primitiveSlot(primitive) else { return nil }
        let records = operations[index]
        let position = Self.upperBound(records.count) { Int(records[$0].change) <= change }
        guard position > 0 else { return nil }
        let last = position - 1
        let checkpoints = waiterCheckpoints[index]
        let checkpoint = checkpoints[Self.upperBound(checkpoints.count) { checkpoints[$0].index <= last } - 1]
        var waiters = checkpoint.waiters
        if checkpoint.index < last {
            for record in records[(checkpoint.index + 1)...last] {
                Self.applyWaiters(record.operation, thread: record.thread, to: &waiters)
            }
        }
        return PrimitiveSnapshot(owner: records[last].owner, value: Int(records[last].value), waiters: waiters)
    }

    /// Operations on a primitive in order: instant, thread, operation, owner and value after it.
    public func operations(on primitive: PrimitiveID) -> [(time: Nanoseconds, thread: ThreadID, operation: PrimitiveOperation, owner: ThreadID?, value: Int)] {
        guard let index = primitiveSlot(primitive) else { return [] }
        return operations[index].dropFirst().map { (time(ofChange: Int($0.change)), $0.thread, $0.operation, $0.owner, Int($0.value)) }
    }

    /// Output written up to and including `change`.
    public func output(throughChange change: Int) -> ArraySlice<OutputChunk> {
        outputs[..<Self.upperBound(outputChanges.count) { Int(outputChanges[$0]) <= change }]
    }

    /// The first index in `0..<count` where `isBefore` turns false (it must be monotonic).
    public static func upperBound(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if isBefore(mid) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
