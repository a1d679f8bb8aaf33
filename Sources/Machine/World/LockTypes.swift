import PyLang
import Trace

/// `_thread.lock` and `_thread.RLock`: engine types, as they are C types in CPython
/// (Modules/_threadmodule.c). An instance is an object of the engine-made class whose own
/// attribute `_id` is its primitive in the world (`Primitives.swift`); every method is a native
/// that takes, releases or waits through the world's machinery (`tryAcquire`,
/// `releaseAndWake`, `World.block`), so trace records, waiters, owners and deadlock reports
/// are the primitives' as for every other kind. `threading.Lock` is `_thread.allocate_lock`,
/// `threading.RLock()` makes a `_thread.RLock`, as under CPython's C implementation.
extension World {
    static let lockNatives: [NativeEntry] = [
        NativeEntry(name: "_thread:allocate_lock") { vm, args, kwargs throws(PyError) in
            if !args.isEmpty || !kwargs.isEmpty {
                throw .typeError("_thread.allocate_lock() takes no arguments (\(args.count + kwargs.count) given)")
            }
            return try vm.newLock(.lock, alias: -1)
        },
        // A lock that is a part of another primitive (a queue's mutex, a condition's lock):
        // the trace shows it as that one. `_make_lock(kind, alias)`.
        NativeEntry(name: "_thread:_make_lock") { vm, args, _ throws(PyError) in
            try vm.newLock(vm.heap.string(args[0]) == "rlock" ? .rlock : .lock, alias: try vm.intArg(args[1]))
        },
        NativeEntry(name: "lock.acquire") { vm, args, kwargs throws(PyError) in try vm.lockAcquire(args, kwargs) },
        NativeEntry(name: "lock.acquire_lock") { vm, args, kwargs throws(PyError) in try vm.lockAcquire(args, kwargs) },
        NativeEntry(name: "lock.__enter__") { vm, args, kwargs throws(PyError) in try vm.lockAcquire(args, kwargs) },
        NativeEntry(name: "lock.release") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("lock.release", args, kwargs)
            return try vm.lockRelease(args[0])
        },
        NativeEntry(name: "lock.release_lock") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("lock.release_lock", args, kwargs)
            return try vm.lockRelease(args[0])
        },
        NativeEntry(name: "lock.__exit__") { vm, args, _ throws(PyError) in try vm.lockRelease(args[0]) },
        NativeEntry(name: "lock.locked") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("lock.locked", args, kwargs)
            let w = try vm.theWorld()
            return .bool(w.primitives[try vm.lockPrimitive(args[0], w)].count > 0)
        },
        NativeEntry(name: "lock.locked_lock") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("lock.locked_lock", args, kwargs)
            let w = try vm.theWorld()
            return .bool(w.primitives[try vm.lockPrimitive(args[0], w)].count > 0)
        },
        NativeEntry(name: "lock.__repr__") { vm, args, _ throws(PyError) in vm.heap.newStr(try vm.lockRepr(args[0])) },
        NativeEntry(name: "RLock.acquire") { vm, args, kwargs throws(PyError) in try vm.lockAcquire(args, kwargs) },
        NativeEntry(name: "RLock.__enter__") { vm, args, kwargs throws(PyError) in try vm.lockAcquire(args, kwargs) },
        NativeEntry(name: "RLock.release") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("_thread.RLock.release", args, kwargs)
            return try vm.lockRelease(args[0])
        },
        NativeEntry(name: "RLock.__exit__") { vm, args, _ throws(PyError) in try vm.lockRelease(args[0]) },
        NativeEntry(name: "RLock._is_owned") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            return .bool(w.primitives[try vm.lockPrimitive(args[0], w)].owner == w.current)
        },
        NativeEntry(name: "RLock._recursion_count") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.lockPrimitive(args[0], w)
            return .int(w.primitives[p].owner == w.current ? w.primitives[p].count : 0)
        },
        // _threadmodule.c `rlock_release_save`: releases fully, returns (count, owner).
        NativeEntry(name: "RLock._release_save") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.lockPrimitive(args[0], w)
            guard w.primitives[p].count > 0 else { throw .runtime("cannot release un-acquired lock") }
            let owner = w.primitives[p].owner ?? w.current
            let saved = w.releaseAll(p, by: w.current, vm: vm)
            return vm.heap.newTuple([.int(saved), .int(w.threads[owner].ident)])
        },
        // `rlock_acquire_restore`: takes the lock back at the saved depth (blocking).
        NativeEntry(name: "RLock._acquire_restore") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.lockPrimitive(args[0], w)
            guard args.count == 2, let state = vm.heap.sequenceItems(args[1]), state.count == 2 else {
                throw .typeError("_acquire_restore() argument must be a (count, owner) tuple")
            }
            let t = w.current
            let saved = try vm.intArg(state[0])
            if w.tryAcquire(p, t, saved: saved) {
                w.record(.acquire, p, by: t, vm: vm)
                return .none
            }
            w.primitives[p].waiters.append(t)
            w.record(.waitBegin, p, by: t, vm: vm)
            return w.block(&vm, .reacquire(lock: p, saved: saved, result: true, condition: p), timeout: nil)
        },
        NativeEntry(name: "RLock.__repr__") { vm, args, _ throws(PyError) in vm.heap.newStr(try vm.lockRepr(args[0])) },
    ]

    /// The methods of each engine lock class, by the class's builtin name.
    static let lockMethodPrefixes: [PrimitiveKind: String] = [.lock: "lock.", .rlock: "RLock."]
}

extension Interp {
    /// `_thread.LockType` or `_thread.RLock`, made on first use (kept in `process.classes`, a
    /// collector root): a class named as CPython's (`<class '_thread.lock'>`) whose dict holds
    /// the natives above. `lock` has a builtin name, so calling it raises CPython's "cannot
    /// create '_thread.lock' instances"; `RLock` is callable (its primitive is made on first
    /// use) and may be subclassed.
    mutating func lockClass(_ kind: PrimitiveKind) -> Value {
        let key = kind == .lock ? "_thread.lock" : "_thread.RLock"
        if let c = process.classes[key] { return c }
        let object = builtinClass("object")
        let cls = makeClass(kind == .lock ? "lock" : "RLock", bases: [object], builtin: kind == .lock ? key : nil)
        process.classes[key] = cls
        updateClass(cls) { $0.module = "_thread" }
        if let prefix = World.lockMethodPrefixes[kind], let c = heap.pyClass(cls) {
            for (i, entry) in Natives.table.enumerated() where entry.name.hasPrefix(prefix) {
                try? dictSet(c.dict, String(entry.name.dropFirst(prefix.count)), heap.newVM(.native(index: i, receiver: nil)))
            }
        }
        return cls
    }

    /// A new lock or RLock object with its primitive (`alias`: the primitive it is a part of, or -1).
    mutating func newLock(_ kind: PrimitiveKind, alias: Int) throws(PyError) -> Value {
        let w = try theWorld()
        let obj = heap.newInstance(lockClass(kind))
        let p = w.allocate(kind == .lock ? "lock" : "rlock", object: obj, value: 0, alias: alias, label: nil, vm: self)
        try setAttr(obj, "_id", .int(p))
        return obj
    }

    /// The primitive of lock object `v`: its own `_id` when that names a primitive made for
    /// it. A `_thread.RLock()` made by calling the class (or a subclass) gets one on first use.
    mutating func lockPrimitive(_ v: Value, _ w: World) throws(PyError) -> Int {
        guard case .object(let r) = v else { throw .typeError("descriptor requires a '_thread.lock' object but received '\(heap.typeName(v))'") }
        // The primitive last found for this slot, if it is still this object's: the check is
        // the one the `_id` read below must pass anyway, and reading `_id` cost ~70
        // instructions at every acquire and release.
        let hint = lockPrimitiveHints[Int(r.index & 31)]
        if hint.object == r.index, hint.primitive < w.primitives.count, w.primitives[hint.primitive].object.isIdentical(to: v) {
            return hint.primitive
        }
        let p = try lockPrimitiveByAttribute(v, r, w)
        lockPrimitiveHints[Int(r.index & 31)] = LockPrimitiveHint(object: r.index, primitive: p)
        return p
    }

    /// `lockPrimitive` from the object's `_id`, or a new primitive for an RLock made by
    /// calling its class.
    private mutating func lockPrimitiveByAttribute(_ v: Value, _ r: ObjectRef, _ w: World) throws(PyError) -> Int {
        // Read in place (moved out and back: a borrowed instance retained its table); the
        // `_id` entry is the first (and only) one the engine makes.
        let candidate = heap.objects.withUnsafeMutableBufferPointer { buf -> Int? in
            HeapObject.withInstanceAttributes(buf.baseAddress.unsafelyUnwrapped + r.slot) { d -> Int? in
                for e in d.entries where e.hash != -1 { if case .int(let p) = e.value { return p } }
                return nil
            } ?? nil
        }
        if let p = candidate, p >= 0, p < w.primitives.count, w.primitives[p].object.isIdentical(to: v) { return p }
        guard isInstance(v, lockClass(.rlock)) else {
            throw .typeError("descriptor requires a '_thread.lock' object but received '\(heap.typeName(v))'")
        }
        let p = w.allocate("rlock", object: v, value: 0, alias: -1, label: nil, vm: self)
        try setAttr(v, "_id", .int(p))
        return p
    }

    /// `lock.acquire(blocking=True, timeout=-1)` for Lock and RLock (_threadmodule.c
    /// `lock_PyThread_acquire_lock`, `rlock_acquire`): the arguments are converted first,
    /// then the lock is taken at once or the thread blocks on it (`World.block`); a woken
    /// thread retries (CPython's locks are not handed over).
    mutating func lockAcquire(_ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        let w = try theWorld()
        let p = try lockPrimitive(args[0], w)
        if args.count == 1 && kwargs.isEmpty { return acquire(w, p, blocking: true, timeout: nil) }
        if args.count > 3 { throw .typeError("acquire() takes at most 2 arguments (\(args.count - 1) given)") }
        var blockingValue: Value = args.count > 1 ? args[1] : .true
        var timeoutValue: Value = args.count > 2 ? args[2] : .int(-1)
        for (name, value) in kwargs {
            switch name {
            case "blocking" where args.count <= 1: blockingValue = value
            case "timeout" where args.count <= 2: timeoutValue = value
            case "blocking", "timeout":
                throw .typeError("argument for acquire() given by name ('\(name)') and position (\(name == "blocking" ? 1 : 2))")
            default: throw .typeError("'\(name)' is an invalid keyword argument for acquire()")
            }
        }
        let blocking = try intArg(blockingValue) != 0
        return acquire(w, p, blocking: blocking, timeout: try lockTimeout(timeoutValue, blocking: blocking))
    }

    /// Takes primitive `p` (Lock, RLock, Semaphore) for the current thread, or blocks on it
    /// (`World.block`; a woken thread retries, as CPython's locks are not handed over).
    /// `timeout` in nanoseconds, nil for none. True when taken, false when not blocking.
    mutating func acquire(_ w: World, _ p: Int, blocking: Bool, timeout: Int?) -> Value {
        let t = w.current
        if w.tryAcquire(p, t) {
            record(w, .acquire, p, by: t)
            return .true
        }
        if !blocking { return .false }
        w.primitives[p].waiters.append(t)
        w.record(.waitBegin, p, by: t, vm: self)
        return w.block(&self, .acquire(p), timeout: timeout)
    }

    /// `lock.release()` / `RLock.release()` with CPython's errors.
    mutating func lockRelease(_ v: Value) throws(PyError) -> Value {
        let w = try theWorld()
        try release(w, try lockPrimitive(v, w), count: 1)
        return .none
    }

    /// Releases primitive `p` `count` times (Semaphore.release(n)) with CPython's errors,
    /// waking a waiter each time.
    mutating func release(_ w: World, _ p: Int, count n: Int) throws(PyError) {
        let t = w.current
        switch w.primitives[p].kind {
        case .rlock:
            if w.primitives[p].owner != t { throw .runtime("cannot release un-acquired lock") }
        case .semaphore:
            if n < 1 { throw .valueError("n must be one or more") }
        case .boundedSemaphore:
            if w.primitives[p].count + n > (w.primitives[p].bound ?? 0) { throw .valueError("Semaphore released too many times") }
        default:
            if w.primitives[p].count == 0 { throw .runtime("release unlocked lock") }
        }
        for _ in 0..<n { releaseAndWake(w, p, by: t) }
    }

    /// `World.record` from the interpreter itself. Passing `self` by value from a mutating
    /// method copied the whole interpreter (a memcpy and a retain of each of its references)
    /// at every acquire and release; the copy is left to the rare naming.
    @inline(__always)
    mutating func record(_ w: World, _ op: PrimitiveOperation, _ p: Int, by t: Int) {
        guard let target = w.recordTarget(op, p) else { return }
        if w.wantsName(target) { w.nameOf(target, vm: self) }
        w.recordNamed(op, target, by: t, at: w.eventTime ?? process.clockNanos)
    }

    /// `World.releaseAndWake` without copying the interpreter unless a waiter is woken.
    @inline(__always)
    mutating func releaseAndWake(_ w: World, _ p: Int, by t: Int) {
        w.drop(p)
        record(w, .release, p, by: t)
        if let first = w.firstToWake(p) { w.wake(first, vm: self) }
    }

    /// CPython's reprs: `<unlocked _thread.lock object at 0x...>`,
    /// `<locked _thread.RLock object owner=IDENT count=N at 0x...>`.
    mutating func lockRepr(_ v: Value) throws(PyError) -> String {
        let w = try theWorld()
        let p = try lockPrimitive(v, w)
        guard case .object(let r) = v else { return "" }
        let prim = w.primitives[p]
        let state = prim.count > 0 ? "locked" : "unlocked"
        let address = "0x" + String(heap.identity(r), radix: 16)
        if prim.kind == .lock { return "<\(state) _thread.lock object at \(address)>" }
        let cls = classOf(v)
        let name = cls.isIdentical(to: lockClass(.rlock)) ? "_thread.RLock" : heap.pyClass(cls)?.name ?? "RLock"
        let owner = prim.owner.map { w.threads[$0].ident } ?? 0
        return "<\(state) \(name) object owner=\(owner) count=\(prim.count) at \(address)>"
    }

    /// CPython's TypeError for a method that takes no arguments (`args[0]` is self).
    func noArguments(_ method: String, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) {
        if !kwargs.isEmpty { throw .typeError("\(method)() takes no keyword arguments") }
        if args.count > 1 { throw .typeError("\(method)() takes no arguments (\(args.count - 1) given)") }
    }
}

/// The primitive of the lock object at a heap slot (`Interp.lockPrimitive`).
struct LockPrimitiveHint {
    var object: UInt32 = .max
    var primitive = 0
}
