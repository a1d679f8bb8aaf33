import PyLang
import Trace

/// `q.put(item)` and `q.get()` on the prelude's plain `queue.Queue` without running their
/// Python frames (Docs/DECISIONS.md, "Queue fast path").
///
/// As with `with lock:` (LockFastPath.swift), the fast path is taken only when the outcome is
/// indistinguishable from running the frames: the mutex is free, the queue is not full (put)
/// or not empty (get), nothing is allocated (a `get` that compacts the list slices it and runs
/// the frames), and the slice's budget and the step fence cover every skipped instruction.
/// What the frames would have charged is not counted from the code by hand: the first call of
/// each shape (put with or without `maxsize`, get before or after its 65th item) runs the
/// frames as a probe that notes the steps and clock at each of its four natives (acquire,
/// note, notify, release); later calls of that shape charge those figures and make the natives'
/// state changes and trace records at the clock each native saw.
extension World {
    /// The prelude methods the fast path stands in for.
    enum QueueCall: Int { case put, get }

    /// The natives a put or get calls, in order; the probe checks it saw exactly these.
    enum QueueNative: Int { case acquire, note, notify, release }

    /// The paths through put and get that the fast path stands in for, each charging its own
    /// figures: put with no `maxsize` or with one (one more comparison and `_qsize` call), get
    /// before or after its 65th item (whether `_head > 64` is tested further).
    enum QueueShape: Int, CaseIterable { case putUnbounded, putBounded, getEarly, getLate }

    /// What one shape of call charges: steps and clock (from the call) at each native, and in all.
    struct QueuePlan {
        let marks: [(steps: Int, clock: Int)]
        let steps: Int
        let clock: Int
    }

    /// A call of `shape` running its frames to learn its plan.
    struct QueueProbe {
        let shape: QueueShape
        let code: CodeObject
        let thread: Int
        let depth: Int
        let steps: Int
        let clock: Int
        let allocations: Int
        var marks: [(steps: Int, clock: Int)] = []
    }

    /// The fast path's facts about one class: whether it is the prelude's plain `Queue` (no
    /// override of `_qsize`, `_put`, `_get`, no class attribute shadowing the instance's).
    struct QueueFastClass {
        let cls: UInt32
        let epoch: Int
        let plain: Bool
    }

    /// Interned attribute names the fast path reads (all in the prelude's code, so interning
    /// them allocates nothing).
    enum QueueKey: Int, CaseIterable {
        case mid, id, notEmpty, notFull, maxsize, queue, head, unfinished, qsize, put, get
        var text: String {
            switch self {
            case .mid: return "_mid"
            case .id: return "_id"
            case .notEmpty: return "_ne"
            case .notFull: return "_nf"
            case .maxsize: return "maxsize"
            case .queue: return "queue"
            case .head: return "_head"
            case .unfinished: return "unfinished_tasks"
            case .qsize: return "_qsize"
            case .put: return "_put"
            case .get: return "_get"
            }
        }
    }

    /// The probe's note that native `native` is running (called by the four natives).
    func markQueueProbe(_ native: QueueNative, _ vm: Interp) {
        guard var probe = queueProbe else { return }
        queueProbe = nil
        guard probe.thread == current, vm.frames.count == probe.depth + 1, vm.top.code === probe.code,
              probe.marks.count == native.rawValue else { return }
        probe.marks.append((vm.steps - probe.steps, vm.process.clockNanos - probe.clock))
        guard native == .release else {
            queueProbe = probe
            return
        }
        // What runs after the release: the `finally` copy's POP_TOP and the return.
        let code = vm.top.code
        var pc = vm.top.pc
        var tail = 0
        walk: while pc < code.instructions.count {
            tail += 1
            switch code.instructions[pc] {
            case .returnValue: break walk
            case .popTop, .loadConst, .loadFast, .nop: pc += 1
            default: return
            }
        }
        guard pc < code.instructions.count, vm.heap.allocationsSinceCollect == probe.allocations else { return }
        let last = probe.marks[QueueNative.release.rawValue]
        queuePlans[probe.shape.rawValue] = QueuePlan(marks: probe.marks, steps: last.steps + tail,
                                            clock: last.clock + tail * Interp.nanosPerInstruction)
    }

    /// The prelude's `Queue.put` / `Queue.get` code, if `code` is one of them.
    func queueCall(_ code: CodeObject) -> QueueCall? {
        if let c = queueCodes[0], c === code { return .put }
        if let c = queueCodes[1], c === code { return .get }
        guard code.filename == "<queue>" else { return nil }
        switch code.qualname {
        case "Queue.put":
            queueCodes[0] = code
            return .put
        case "Queue.get":
            queueCodes[1] = code
            return .get
        default:
            return nil
        }
    }
}

extension Interp {
    /// Runs `ins` (`CALL 1` of `put`, `CALL 0` of `get`) with the queue fast path if it applies,
    /// returning the number of skipped instructions charged; nil means the call runs normally
    /// (perhaps as the probe of its shape).
    mutating func queueFastPath(_ ins: Instruction, remaining: Int) -> Int? {
        guard let w = world, World.queueFastPathEnabled, !w.noGIL, nestedDepth == 0,
              frames.count + 3 < process.recursionLimit,
              heap.allocationsSinceCollect &+ 2 < process.collectThreshold, top.kwNames.isEmpty else { return nil }
        let argc: Int
        switch ins {
        case .call(let n): argc = Int(n)
        default: return nil
        }
        let n = top.stack.count
        guard n >= argc + 2, let fn = top.stack[n - argc - 2] ?? nil, let receiver = top.stack[n - argc - 1] ?? nil,
              let code = heap.functionCode(fn), let call = w.queueCall(code),
              argc == (call == .put ? 1 : 0), case .object(let r) = receiver,
              let cls = heap.instanceClass(r), queueClassIsPlain(w, cls), queueDefaultsArePlain(fn) else { return nil }
        // The instance's own `_qsize` and `_put`/`_get` would shadow the class's.
        guard case .some(nil) = queueAttribute(w, r, .qsize),
              case .some(nil) = queueAttribute(w, r, call == .put ? .put : .get) else { return nil }
        guard case .int(let mid)?? = queueAttribute(w, r, .mid), case .int(let p)?? = queueAttribute(w, r, .id),
              case .int(let cond)?? = queueAttribute(w, r, call == .put ? .notEmpty : .notFull),
              case .object(let list)?? = queueAttribute(w, r, .queue), heap.kind(list) == .list,
              case .int(let head)?? = queueAttribute(w, r, .head),
              w.isQueueFastPrimitives(mid: mid, queue: p, condition: cond) else { return nil }
        let count = heap.listCount(list)
        guard head >= 0, head <= count else { return nil }
        let shape: World.QueueShape
        var unfinished = 0
        switch call {
        case .put:
            guard case .int(let maxsize)?? = queueAttribute(w, r, .maxsize),
                  case .int(let u)?? = queueAttribute(w, r, .unfinished), u < Int.max else { return nil }
            if maxsize > 0 && count - head >= maxsize { return nil }
            unfinished = u
            shape = maxsize > 0 ? .putBounded : .putUnbounded
        case .get:
            guard head < count else { return nil }
            let next = head + 1
            // Compacting slices the list (an allocation): the frames run.
            if next > 64 && next * 2 > count { return nil }
            shape = next > 64 ? .getLate : .getEarly
        }
        guard let plan = w.queuePlans[shape.rawValue] else {
            // The probe must run undisturbed: no switch point, stop or fence within its reach.
            if remaining >= 2_000 && steps &+ 2_000 <= stepFence {
                w.queueProbe = World.QueueProbe(shape: shape, code: code, thread: w.current, depth: frames.count,
                                                steps: steps, clock: process.clockNanos,
                                                allocations: heap.allocationsSinceCollect)
            }
            return nil
        }
        guard remaining >= plan.steps, steps &+ plan.steps <= stepFence else { return nil }
        let t = w.current
        guard w.tryAcquire(mid, t) else { return nil }
        w.queueProbe = nil
        let clock0 = process.clockNanos
        process.clockNanos = clock0 &+ plan.marks[0].clock
        w.record(.acquire, mid, by: t, vm: self)
        var result = Value.none
        switch call {
        case .put:
            let item = top.stack[n - 1] ?? .none
            heap.listAppend(list, item)
            _ = queueSetAttribute(w, r, .unfinished, .int(unfinished + 1))
        case .get:
            result = heap.listItem(list, head)
            _ = queueSetAttribute(w, r, .head, .int(head + 1))
        }
        process.clockNanos = clock0 &+ plan.marks[1].clock
        w.primitives[p].count = heap.listCount(list) - (call == .put ? head : head + 1)
        w.record(call == .put ? .put : .get, p, by: t, vm: self)
        process.clockNanos = clock0 &+ plan.marks[2].clock
        w.record(.notify, cond, by: t, vm: self)
        if let first = w.primitives[cond].waiters.first { w.wake(first, vm: self) }
        process.clockNanos = clock0 &+ plan.marks[3].clock
        w.releaseAndWake(mid, by: t, vm: self)
        process.clockNanos = clock0 &+ plan.clock
        steps &+= plan.steps
        top.stack.removeLast(few: argc + 2)
        top.push(result)
        return plan.steps
    }

    /// The instance's own attribute `key`, read in place (`.some(nil)`: it has none; nil: only
    /// the general lookup can tell).
    private mutating func queueAttribute(_ w: World, _ r: ObjectRef, _ key: World.QueueKey) -> Value?? {
        let k = w.queueKey(&self, key)
        guard case .object(let kr) = k else { return nil }
        let hash = heap.strHash(kr)
        return heap.instanceOwnAttribute(r, k, hash: hash)
    }

    private mutating func queueSetAttribute(_ w: World, _ r: ObjectRef, _ key: World.QueueKey, _ v: Value) -> Bool {
        let k = w.queueKey(&self, key)
        guard case .object(let kr) = k else { return false }
        let hash = heap.strHash(kr)
        return heap.instanceSetStr(r, k, hash: hash, v)
    }

    /// Whether `put`'s and `get`'s defaults are still `(True, None)`.
    private func queueDefaultsArePlain(_ fn: Value) -> Bool {
        guard case .object(let fr) = fn else { return false }
        return heap.objects.withUnsafeBufferPointer { buf -> Bool in
            guard case .vm(.function(let f)) = buf[fr.slot], f.defaults.count == 2,
                  case .bool(true) = f.defaults[0], case .none = f.defaults[1] else { return false }
            return true
        }
    }

    /// Whether class `cls` is the prelude's `Queue` as far as put and get can tell, checked once
    /// per class and class epoch.
    private mutating func queueClassIsPlain(_ w: World, _ cls: Value) -> Bool {
        guard case .object(let cr) = cls else { return false }
        let epoch = heap.classEpoch
        for c in w.queueFastClasses where c.cls == cr.index && c.epoch == epoch { return c.plain }
        var plain = true
        for key in World.QueueKey.allCases {
            let found = lookupInMRO(cls, key: w.queueKey(&self, key))
            switch key {
            case .qsize, .put, .get:
                guard let f = found, let code = heap.functionCode(f), code.filename == "<queue>",
                      code.qualname == "Queue.\(key.text)" else { plain = false; break }
            default:
                if found != nil { plain = false }
            }
        }
        if heap.classEpoch != epoch { return false }
        w.queueFastClasses.removeAll { $0.epoch != epoch }
        if w.queueFastClasses.count < 8 { w.queueFastClasses.append(World.QueueFastClass(cls: cr.index, epoch: epoch, plain: plain)) }
        return plain
    }
}

extension World {
    /// Interned attribute name `key` (made once per run).
    func queueKey(_ vm: inout Interp, _ key: QueueKey) -> Value {
        if queueKeys.isEmpty { queueKeys = QueueKey.allCases.map { vm.intern($0.text) } }
        return queueKeys[key.rawValue]
    }

    /// Whether the queue's mutex, primitive and condition are the ones its `__init__` made:
    /// a plain lock aliased to the queue, a condition on that lock, all named already.
    func isQueueFastPrimitives(mid: Int, queue p: Int, condition c: Int) -> Bool {
        let n = primitives.count
        guard mid >= 0, mid < n, p >= 0, p < n, c >= 0, c < n,
              primitives[mid].kind == .lock, primitives[mid].alias == p,
              primitives[c].alias == p, conditionLock[c] == mid, primitives[p].alias == nil,
              primitives[p].named || primitives[p].nameAttempts >= 4 else { return false }
        return true
    }
}
