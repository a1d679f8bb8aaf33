/// Queries on the detail a trace holds: the state of every thread, GIL and primitive right
/// after any change in `detailRange`.
extension Trace {
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
        let position = Self.upperBound(list.count) { list[$0].startChange <= change }
        return position == 0 ? nil : list[position - 1]
    }

    /// The end time of a slice: the next slice's start, or the end of what the detail holds.
    public func endTime(of thread: ThreadID, sliceAt position: Int) -> Nanoseconds {
        guard let index = threadSlot(thread) else { return endTime }
        let list = slices[index]
        return position + 1 < list.count ? time(ofChange: list[position + 1].startChange) : detailTimes.upperBound
    }

    public func gilHolder(process: ProcessID, atChange change: Int) -> ThreadID? {
        guard let records = gil[process] else { return nil }
        let position = Self.upperBound(records.count) { records[$0].change <= change }
        return position == 0 ? nil : records[position - 1].holder
    }

    /// GIL hand-offs of a process in order, with their instants and reasons.
    public func gilHandoffs(process: ProcessID) -> [(time: Nanoseconds, holder: ThreadID?, reason: GILReason)] {
        (gil[process] ?? []).map { (time(ofChange: $0.change), $0.holder, $0.reason) }
    }

    public var processes: [ProcessID] {
        Array(Set(threads.map(\.process)).union(gil.keys)).sorted()
    }

    /// A primitive's owner, value and waiters right after `change` (nil before it existed).
    public func snapshot(of primitive: PrimitiveID, atChange change: Int) -> PrimitiveSnapshot? {
        guard let index = primitiveSlot(primitive) else { return nil }
        let records = operations[index]
        let position = Self.upperBound(records.count) { records[$0].change <= change }
        guard position > 0 else { return nil }
        let last = position - 1
        return PrimitiveSnapshot(owner: records[last].owner, value: Int(records[last].value),
                                 waiters: waiters(ofSlot: index, atRecord: last))
    }

    /// Operations on a primitive in order: instant, thread, operation, owner and value after it.
    public func operations(on primitive: PrimitiveID) -> [(time: Nanoseconds, thread: ThreadID, operation: PrimitiveOperation, owner: ThreadID?, value: Int)] {
        guard let index = primitiveSlot(primitive) else { return [] }
        return operations[index].dropFirst().map { (time(ofChange: $0.change), $0.thread, $0.operation, $0.owner, Int($0.value)) }
    }

    /// Output written up to and including `change`.
    public func output(throughChange change: Int) -> ArraySlice<OutputChunk> {
        outputs[..<Self.upperBound(outputChanges.count) { outputChanges[$0] <= change }]
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
