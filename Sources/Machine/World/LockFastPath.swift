import PyLang
import Trace

/// `with lock:` on the prelude's `threading.lock` / `RLock` without running their Python
/// `__enter__` / `__exit__` frames (Docs/DECISIONS.md, "with lock: fast path").
///
/// The fast path is taken only when the result is indistinguishable from running the frames:
/// the lock is taken or released at once (no blocking, no waiter to wake, no error), the
/// slice's instruction budget and the step fence leave room for every skipped instruction (so
/// no GIL switch point and no `--switch-points every` stop falls inside them; watched runs run
/// one instruction at a time and never qualify), and no garbage collection is due. The skipped
/// instructions are charged exactly: steps, budget and virtual clock (30 ns each, 70 ns for
/// the native call), with the acquire/release trace record made at the clock the native call
/// would have seen. Anything else falls back to the ordinary path.
extension World {
    /// What the fast path knows about one prelude `__enter__` / `__exit__` code object.
    struct LockFastCode {
        let code: CodeObject
        let counts: LockFastCounts
        let isEnter: Bool
    }

    /// What a lock method's frame charges (kept apart from its code object: `LockFastClass`
    /// is copied on every `with`, and a code reference was retained and released each time).
    struct LockFastCounts {
        /// Instructions the frame runs, RESUME to RETURN_VALUE.
        let total: Int
        /// 1-based position of the native `CALL` among them.
        let callAt: Int
    }

    /// The fast-path facts for `code` if it is one of the prelude's lock methods.
    func lockFastCode(_ code: CodeObject) -> LockFastCode? {
        for c in lockFastCodes where c.code === code { return c }
        guard code.filename == "<threading>" else { return nil }
        let isEnter: Bool
        switch code.qualname {
        case "lock.__enter__", "RLock.__enter__": isEnter = true
        case "lock.__exit__", "RLock.__exit__": isEnter = false
        default: return nil
        }
        // Straight-line code with exactly one CALL, ending at the first RETURN_VALUE.
        var callAt = 0
        var total = 0
        for (i, ins) in code.instructions.enumerated() {
            switch ins {
            case .call:
                if callAt != 0 { return nil }
                callAt = i + 1
            case .returnValue:
                total = i + 1
            case .resume, .loadGlobal, .loadFast, .loadAttr, .loadConst, .popTop, .pushNull, .nop:
                break
            default:
                return nil
            }
            if total != 0 { break }
        }
        guard callAt != 0, total != 0 else { return nil }
        let c = LockFastCode(code: code, counts: LockFastCounts(total: total, callAt: callAt), isEnter: isEnter)
        lockFastCodes.append(c)
        return c
    }

    /// Interned `__enter__`, `__exit__`, `_id` (made once per run).
    func lockFastKey(_ vm: inout Interp, _ i: Int) -> Value {
        if lockFastKeys.isEmpty { lockFastKeys = [vm.intern("__enter__"), vm.intern("__exit__"), vm.intern("_id")] }
        return lockFastKeys[i]
    }
}

/// A class whose `with` protocol is the prelude's lock methods, checked once per class and
/// class epoch (any class change anywhere bumps the epoch and the check is redone).
struct LockFastClass {
    let cls: UInt32
    let epoch: Int
    /// What `__enter__` and `__exit__` charge (`World.LockFastCounts`).
    let enter: World.LockFastCounts
    let exit: World.LockFastCounts
    /// The class's `__enter__` and `__exit__` functions (what BEFORE_WITH binds).
    let enterFunction: Value
    let exitFunction: Value
}

extension Heap {
    /// The receiver and function of the bound method `v`, read in place (`vm(v)` copied the
    /// whole heap object).
    @inline(__always) func boundMethodParts(_ v: Value) -> (Value, Value)? {
        guard case .object(let r) = v else { return nil }
        return objects.withUnsafeBufferPointer { buf -> (Value, Value)? in
            if case .vm(.boundMethod(let receiver, let function)) = buf[r.slot] { return (receiver, function) }
            return nil
        }
    }

    /// The code of the function `v`, read in place (no copy of the function payload).
    @inline(__always) func functionCode(_ v: Value) -> CodeObject? {
        guard case .object(let r) = v else { return nil }
        return objects.withUnsafeBufferPointer { buf -> CodeObject? in
            if case .vm(.function(let f)) = buf[r.slot] { return f.code }
            return nil
        }
    }
}

extension Interp {
    /// Runs `ins` (BEFORE_WITH, or the with-exit `CALL 2`) with the lock fast path if it
    /// applies, returning the number of extra (skipped) instructions charged; nil means the
    /// instruction was not touched and runs normally.
    mutating func lockFastPath(_ ins: Instruction, remaining: Int) -> Int? {
        guard let w = world, World.lockFastPathEnabled, nestedDepth == 0, frames.count < process.recursionLimit,
              heap.allocationsSinceCollect &+ 2 < process.collectThreshold else { return nil }
        switch ins {
        case .beforeWith:
            guard let mgr = top.stack.last ?? nil, case .object(let r) = mgr,
                  let cls = heap.instanceClass(r), let fc = lockFastClass(w, cls),
                  remaining >= fc.enter.total, steps &+ fc.enter.total <= stepFence,
                  let p = lockFastPrimitive(w, r) else { return nil }
            let t = w.current
            guard w.primitives[p].named || w.primitives[p].nameAttempts >= 4 else { return nil }
            guard w.tryAcquire(p, t) else { return nil }
            _ = top.pop()
            // The frame path binds `__enter__` then `__exit__`: allocate both, in that order, so
            // heap slots (object ids, hence set and dict-of-id orders) and GC points stay the same.
            _ = heap.newBoundMethod(receiver: mgr, function: fc.enterFunction)
            let exit = heap.newBoundMethod(receiver: mgr, function: fc.exitFunction)
            top.push(exit)
            let info = fc.enter
            process.clockNanos &+= info.callAt * Interp.nanosPerInstruction + Interp.nanosPerNativeCall
            w.recordNamed(.acquire, p, by: t, at: w.eventTime ?? process.clockNanos)
            process.clockNanos &+= (info.total - info.callAt) * Interp.nanosPerInstruction
            steps &+= info.total
            top.push(.true)
            return info.total
        case .call(2):
            let n = top.stack.count
            guard n >= 4, let exitValue = top.stack[n - 4] ?? nil,
                  let (receiver, function) = heap.boundMethodParts(exitValue),
                  case .object(let r) = receiver, let cls = heap.instanceClass(r),
                  let fc = lockFastClass(w, cls), function.isIdentical(to: fc.exitFunction),
                  remaining >= fc.exit.total, steps &+ fc.exit.total <= stepFence,
                  let p = lockFastPrimitive(w, r) else { return nil }
            let t = w.current
            guard w.primitives[p].waiters.isEmpty, w.primitives[p].named || w.primitives[p].nameAttempts >= 4 else { return nil }
            switch w.primitives[p].kind {
            case .rlock: guard w.primitives[p].owner == t else { return nil }
            case .lock: guard w.primitives[p].count != 0 else { return nil }
            default: return nil
            }
            guard case .none? = top.stack[n - 3], case .none? = top.stack[n - 2], case .none? = top.stack[n - 1],
                  top.kwNames.isEmpty else { return nil }
            top.stack.removeLast(few: 4)
            let info = fc.exit
            process.clockNanos &+= info.callAt * Interp.nanosPerInstruction + Interp.nanosPerNativeCall
            // `releaseAndWake` with no waiter to wake.
            if w.primitives[p].kind == .rlock {
                w.primitives[p].count -= 1
                if w.primitives[p].count == 0 { w.primitives[p].owner = nil }
            } else {
                w.primitives[p].count = 0
                w.primitives[p].owner = nil
            }
            w.recordNamed(.release, p, by: t, at: w.eventTime ?? process.clockNanos)
            process.clockNanos &+= (info.total - info.callAt) * Interp.nanosPerInstruction
            steps &+= info.total
            top.push(.none)
            return info.total
        default:
            return nil
        }
    }

    /// The fast-path facts of class `cls` (an instance's class), or nil if its `__enter__` and
    /// `__exit__` are not the prelude lock's or it has a class attribute `_id`.
    private mutating func lockFastClass(_ w: World, _ cls: Value) -> LockFastClass? {
        guard case .object(let cr) = cls else { return nil }
        let epoch = heap.classEpoch
        // By index: iterating the values copied (retained and released) every entry.
        for i in w.lockFastClasses.indices where w.lockFastClasses[i].cls == cr.index && w.lockFastClasses[i].epoch == epoch {
            return w.lockFastClasses[i]
        }
        guard let enter = lookupInMRO(cls, key: w.lockFastKey(&self, 0)),
              let ec = heap.functionCode(enter), let ei = w.lockFastCode(ec), ei.isEnter,
              let exit = lookupInMRO(cls, key: w.lockFastKey(&self, 1)),
              let xc = heap.functionCode(exit), let xi = w.lockFastCode(xc), !xi.isEnter,
              lookupInMRO(cls, key: w.lockFastKey(&self, 2)) == nil,
              heap.classEpoch == epoch else { return nil }
        let c = LockFastClass(cls: cr.index, epoch: epoch,
                              enter: ei.counts, exit: xi.counts, enterFunction: enter, exitFunction: exit)
        w.lockFastClasses.removeAll { $0.epoch != epoch }
        if w.lockFastClasses.count < 8 { w.lockFastClasses.append(c) }
        return c
    }

    /// The lock/RLock primitive behind instance `r`'s own `_id`, if it is a plain, valid one.
    private mutating func lockFastPrimitive(_ w: World, _ r: ObjectRef) -> Int? {
        let key = w.lockFastKey(&self, 2)
        guard case .object(let kr) = key else { return nil }
        // The hash first: `strHash` is mutating, so evaluating it as an argument of a `heap`
        // method would copy the whole heap.
        let hash = heap.strHash(kr)
        guard case .int(let p)?? = heap.instanceOwnAttribute(r, key, hash: hash),
              p >= 0, p < w.primitives.count, w.primitives[p].alias == nil else { return nil }
        switch w.primitives[p].kind {
        case .lock, .rlock: return p
        default: return nil
        }
    }
}

extension World {
    /// `record` for a primitive that is already named (or past its naming attempts) and has no
    /// alias: the same trace record without needing the `Interp`.
    func recordNamed(_ op: PrimitiveOperation, _ p: Int, by thread: Int, at time: Int) {
        guard recording else { return }
        let prim = primitives[p]
        trace.recordOperation(op, on: PrimitiveID(Int32(p)), by: ThreadID(Int32(thread)),
                              owner: prim.owner.map { ThreadID(Int32($0)) }, value: prim.count, at: Int64(time))
    }
}
