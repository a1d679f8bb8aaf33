import Trace

/// `queue.Queue.put` and `get` when they cannot block, each as one native call.
///
/// `queue.Queue` is Python (Prelude/queue.py), as in CPython. Its put and get take the mutex,
/// change the deque, count the task, note the size for the trace, notify the other condition
/// and release the mutex: some thirty instructions and five native calls, where a class-keyed
/// case in the dispatch loop used to do it all (removed by issue 19). `_put_fast(q, item)` and
/// `_get_fast(q, nothing)` do the same steps with the same trace records, for a queue whose
/// storage hooks are the base class's (`q._plain`), and decline (False, `nothing`) whenever
/// the call would have to wait: the mutex taken, the queue full or empty. The Python code
/// then runs queue.py's own path, which blocks. Nothing can switch threads inside a native,
/// so the mutex is never seen taken between the two records. put and get are shortcuts
/// (Interpreter+Shortcuts.swift): these natives are called with no frame of theirs on the
/// stack, and look at none.
extension World {
    static let queueNatives: [NativeEntry] = [
        // _put_fast(q, item, timeout), _get_fast(q, timeout, nothing): a timeout is queue.py's
        // to check, so the natives decline any but None.
        NativeEntry(name: "_queue:_put_fast") { vm, args, _ throws(PyError) in
            guard args.count == 3, case .none = args[2] else { return .bool(false) }
            return .bool(try vm.queuePutFast(args[0], args[1]))
        },
        NativeEntry(name: "_queue:_get_fast") { vm, args, _ throws(PyError) in
            guard args.count == 3, case .none = args[1] else { return args.count == 3 ? args[2] : .none }
            return try vm.queueGetFast(args[0]) ?? args[2]
        },
    ]

    /// `Condition.notify(n)` (all waiters for n < 0) on condition primitive `c`, whose lock the
    /// caller holds: the first n waiters, in order. A woken thread leaves the list; one that
    /// cannot be woken stays and is passed over (no copy of the list).
    func notify(condition c: Int, count n: Int, vm: Interp) {
        record(n < 0 ? .notifyAll : .notify, c, by: current, vm: vm)
        var i = 0
        var left = n < 0 ? Int.max : n
        while left > 0 && i < primitives[c].waiters.count {
            let before = primitives[c].waiters.count
            wake(primitives[c].waiters[i], vm: vm)
            if primitives[c].waiters.count == before { i += 1 }
            left -= 1
        }
    }
}

extension Interp {
    /// `World.notify(condition:count: 1)` without copying the interpreter unless a waiter is
    /// woken (see `record(_:_:_:by:)`).
    private mutating func notify(_ w: World, condition c: Int) {
        if w.primitives[c].waiters.isEmpty {
            record(w, .notify, c, by: w.current)
        } else {
            w.notify(condition: c, count: 1, vm: self)
        }
    }

    /// Reads the instance `v`'s own attributes `keys` into `queueLayout.values` (nil for an
    /// absent one), in one pass over its table: each at the entry index the layout remembers
    /// for it while that entry still holds the key, else by hash, remembered for the next call.
    /// False when `v` is not an instance. (The queue's and the deque's classes define no
    /// descriptor for these names.) A put or get reads ten of these: one hashed lookup each
    /// cost about as much as the rest of the call; one read-only pass per instance, through
    /// buffer pointers, is what remains (Benchmarks/README.md, "Frame shortcuts round").
    private mutating func readOwn(_ v: Value, _ keys: Range<Int>) -> Bool {
        guard case .object(let r) = v else { return false }
        if heap.knownKeys.isEmpty { _ = knownKey(.queuePlain) }
        let index = queueLayout.index, values = queueLayout.values
        var missed = false
        // Read-only, through buffer pointers: no uniqueness check of the heap's array, no move
        // of the instance out of its slot and back (what `withInstanceAttributes` does for a
        // write), and no bounds checks past the one on each remembered index.
        let found = heap.knownKeys.withUnsafeBufferPointer { names -> Bool in
            heap.objects.withUnsafeBufferPointer { buf -> Bool in
                guard case .instance(let instance) = buf[r.slot] else { return false }
                return instance.attributes.entries.withUnsafeBufferPointer { es -> Bool in
                    for raw in keys {
                        let i = raw &- QueueLayout.first
                        let ix = index[i]
                        if ix >= 0 && ix < es.count && es[ix].hash != -1, case .object(let k) = es[ix].key,
                           case .object(let name) = names[raw], k == name {
                            values[i] = es[ix].value
                        } else {
                            index[i] = -1
                            missed = true
                        }
                    }
                    return true
                }
            }
        }
        guard found else { return false }
        if missed {
            for raw in keys where index[raw - QueueLayout.first] < 0 {
                values[raw - QueueLayout.first] = lookUpOwn(r, KnownKey(rawValue: raw).unsafelyUnwrapped)
            }
        }
        return true
    }

    /// Instance `r`'s own attribute `k` by hash, its entry index remembered in `queueLayout`.
    private mutating func lookUpOwn(_ r: ObjectRef, _ k: KnownKey) -> Value? {
        let key = knownKey(k)
        guard case .object(let kr) = key else { return nil }
        let h = heap.strHash(kr)
        guard let (value, index) = heap.objects.withUnsafeMutableBufferPointer({ buf -> (Value, Int)? in
            HeapObject.withInstanceAttributes(buf.baseAddress.unsafelyUnwrapped + r.slot) { t -> (Value, Int)? in
                guard case .some(.some(let ix)) = t.strIndex(key, hash: h, objects: UnsafeBufferPointer(buf)) else { return nil }
                return (t.entries[ix].value, ix)
            } ?? nil
        }) else { return heap.instanceOwnAttribute(r, key, hash: h) ?? nil }
        queueLayout.index[k.rawValue - QueueLayout.first] = index
        return value
    }

    /// The value `readOwn` last read for `k`.
    @inline(__always)
    private func read(_ k: KnownKey) -> Value? { queueLayout.values[k.rawValue - QueueLayout.first] }

    /// Whether entry `index` of `table` is live and holds `key` (the very string object).
    @inline(__always)
    static func holds(_ table: PyDict, _ index: Int, _ key: Value) -> Bool {
        index < table.entries.count && table.entries[index].hash != -1 && table.entries[index].key.isIdentical(to: key)
    }

    /// Sets the instance's own attribute `k`, in place at the entry `readOwn` found when it
    /// still holds the key.
    private mutating func setOwnAttribute(_ v: Value, _ k: KnownKey, _ x: Value) throws(PyError) {
        guard case .object(let r) = v else { return }
        let key = knownKey(k)
        guard case .object(let kr) = key else { return }
        let ix = queueLayout.index[k.rawValue - QueueLayout.first]
        if ix >= 0 {
            let done = heap.objects.withUnsafeMutableBufferPointer { buf -> Bool in
                HeapObject.withInstanceAttributes(buf.baseAddress.unsafelyUnwrapped + r.slot) { t -> Bool in
                    guard Interp.holds(t, ix, key) else { return false }
                    t.entries[ix].value = x
                    return true
                } ?? false
            }
            if done { return }
        }
        let h = heap.strHash(kr)
        let done = heap.objects.withUnsafeMutableBufferPointer { buf -> Bool in
            HeapObject.setInstanceAttribute(buf.baseAddress.unsafelyUnwrapped + r.slot, key, hash: h, x,
                                            objects: UnsafeBufferPointer(buf))
        }
        if !done { try setAttr(v, k.text, x, key: key) }
    }

    private static let queueKeys = KnownKey.queuePlain.rawValue..<(KnownKey.queuePrimitive.rawValue + 1)
    private static let dequeKeys = KnownKey.dequeItems.rawValue..<(KnownKey.dequeHead.rawValue + 1)

    /// The parts of a plain queue the two natives use, or nil when `q` is not one (a
    /// subclass with its own storage hooks, or storage replaced by the program).
    /// (A program may have set any of these attributes: each is checked before it is used.)
    /// The queue's other attributes are then in `queueLayout.values` (`read`).
    private mutating func plainQueue(_ q: Value, _ w: World) -> (deque: Value, items: ObjectRef, head: Int, mutex: Int)? {
        guard readOwn(q, Interp.queueKeys), case .bool(true)? = read(.queuePlain), let deque = read(.queueStorage),
              case .int(let mutex)? = read(.queueMutex), w.primitives.indices.contains(mutex),
              readOwn(deque, Interp.dequeKeys), case .object(let items)? = read(.dequeItems), heap.kind(items) == .list,
              case .int(let head)? = read(.dequeHead), head >= 0, head <= heap.listCount(items) else { return nil }
        return (deque, items, head, mutex)
    }

    /// queue.py's put when there is room and the mutex is free; false (nothing done) else.
    mutating func queuePutFast(_ q: Value, _ item: Value) throws(PyError) -> Bool {
        let w = try theWorld()
        guard let (_, items, head, mutex) = plainQueue(q, w), case .int(let maxsize)? = read(.queueMaxsize),
              case .int(let unfinished)? = read(.queueUnfinished), unfinished < Int.max else { return false }
        let size = heap.listCount(items) - head
        if maxsize > 0 && size >= maxsize { return false }
        let t = w.current
        guard w.tryAcquire(mutex, t) else { return false }
        record(w, .acquire, mutex, by: t)
        do {
            try heap.appendToList(items, item)
            try setOwnAttribute(q, .queueUnfinished, .int(unfinished + 1))
            noteSize(q, w, .put, size + 1)
            if case .int(let c)? = read(.queueNotEmpty), w.primitives.indices.contains(c) { notify(w, condition: c) }
        } catch {
            try release(w, mutex, count: 1)
            throw error
        }
        try release(w, mutex, count: 1)
        return true
    }

    /// queue.py's get when there is an item and the mutex is free; nil (nothing done) else.
    mutating func queueGetFast(_ q: Value) throws(PyError) -> Value? {
        let w = try theWorld()
        guard let (deque, items, head, mutex) = plainQueue(q, w) else { return nil }
        let count = heap.listCount(items)
        guard count > head else { return nil }
        let t = w.current
        guard w.tryAcquire(mutex, t) else { return nil }
        record(w, .acquire, mutex, by: t)
        // The deque's popleft (Prelude/_collections.py): the slot is cleared so the item is
        // not kept alive, and the dead prefix goes when the list empties or is half dead.
        var a = heap.takeList(items)
        let item = a[head]
        a[head] = .none
        var next = head + 1
        if next == a.count {
            a.removeAll(keepingCapacity: true)
            next = 0
        } else if next > 32 && next * 2 > a.count {
            a.removeFirst(next)
            next = 0
        }
        heap.putList(items, a)
        do {
            try setOwnAttribute(deque, .dequeHead, .int(next))
            noteSize(q, w, .get, count - head - 1)
            if case .int(let c)? = read(.queueNotFull), w.primitives.indices.contains(c) { notify(w, condition: c) }
        } catch {
            try release(w, mutex, count: 1)
            throw error
        }
        try release(w, mutex, count: 1)
        return item
    }

    /// `_thread.note(q._id, op, size)`: the queue's size, recorded for the trace.
    private mutating func noteSize(_ q: Value, _ w: World, _ op: PrimitiveOperation, _ size: Int) {
        guard case .int(let p)? = read(.queuePrimitive), w.primitives.indices.contains(p) else { return }
        w.primitives[p].count = size
        record(w, op, p, by: w.current)
    }
}

/// Where the last queue's and its deque's attributes sit in their instances' tables (entry
/// indices by KnownKey), and the values `readOwn` last read. A cache: each index is checked
/// against the table before it is used, so copies of an Interp may share it.
final class QueueLayout {
    static let first = Interp.KnownKey.queuePlain.rawValue
    static let count = Interp.KnownKey.dequeHead.rawValue + 1 - first
    /// Raw storage: the natives read and write these several times per call, and an array's
    /// uniqueness check on each write cost more than the reads.
    let index = UnsafeMutablePointer<Int>.allocate(capacity: count)
    let values = UnsafeMutablePointer<Value?>.allocate(capacity: count)

    init() {
        index.initialize(repeating: -1, count: QueueLayout.count)
        values.initialize(repeating: nil, count: QueueLayout.count)
    }

    deinit {
        values.deinitialize(count: QueueLayout.count)
        values.deallocate()
        index.deallocate()
    }
}
