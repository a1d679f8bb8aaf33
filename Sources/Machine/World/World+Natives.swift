import PyLang
import Trace

/// The `_thread` module: the native layer under the `threading`, `queue` and
/// `concurrent.futures` preludes, plus `sys.setswitchinterval`.
extension World {
    static let natives: [NativeEntry] = threadNatives + lockNatives + simpleQueueNatives + processNatives + kernelNatives + spawnNatives
        + socketNatives + greenletNatives + taskNatives + queueNatives

    static let threadNatives: [NativeEntry] = [
        NativeEntry(name: "_thread:allocate") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let kind = vm.heap.string(args[0]) ?? "lock"
            let alias = args.count > 3 ? try vm.intArg(args[3]) : -1
            let label = args.count > 4 ? vm.heap.string(args[4]) : nil
            return .int(w.allocate(kind, object: args[1], value: args.count > 2 ? try vm.intArg(args[2]) : 0,
                                   alias: alias, label: label, vm: vm))
        },
        NativeEntry(name: "_thread:set_condition_lock") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            w.conditionLock[try vm.primitiveArg(args[0], w)] = try vm.primitiveArg(args[1], w)
            return .none
        },
        // The preludes' own acquire and release by primitive id (Semaphore, a Queue's mutex):
        // the same path as the lock types' methods.
        NativeEntry(name: "_thread:acquire") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.primitiveArg(args[0], w)
            let blocking = args.count > 1 ? try vm.truthy(args[1]) : true
            // `-1`, no timeout, is what the preludes pass: no conversion for it.
            var timeout: Int? = nil
            if args.count > 2, !(blocking && args[2].isIdentical(to: .int(-1))) { timeout = try vm.lockTimeout(args[2], blocking: blocking) }
            return vm.acquire(w, p, blocking: blocking, timeout: timeout)
        },
        NativeEntry(name: "_thread:release") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            try vm.release(w, try vm.primitiveArg(args[0], w), count: args.count > 1 ? try vm.intArg(args[1]) : 1)
            return .none
        },
        NativeEntry(name: "_thread:is_owned") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.primitiveArg(args[0], w)
            if w.primitives[p].kind == .rlock { return .bool(w.primitives[p].owner == w.current) }
            return .bool(w.primitives[p].count > 0)
        },
        NativeEntry(name: "_thread:value") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            return .int(w.primitives[try vm.primitiveArg(args[0], w)].count)
        },
        NativeEntry(name: "_thread:event_set") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.primitiveArg(args[0], w)
            w.primitives[p].count = 1
            w.record(.set, p, by: w.current, vm: vm)
            for t in w.primitives[p].waiters { w.wake(t, vm: vm) }
            return .none
        },
        NativeEntry(name: "_thread:event_clear") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.primitiveArg(args[0], w)
            w.primitives[p].count = 0
            w.record(.clear, p, by: w.current, vm: vm)
            return .none
        },
        NativeEntry(name: "_thread:event_wait") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.primitiveArg(args[0], w)
            if w.primitives[p].count != 0 { return .true }
            // threading.py's Event.wait is `self._cond.wait(timeout)` once the flag is clear.
            let timeout = try vm.conditionTimeout(args.count > 1 ? args[1] : .none)
            if timeout == 0 { return .false }
            w.primitives[p].waiters.append(w.current)
            w.record(.waitBegin, p, by: w.current, vm: vm)
            return w.block(&vm, .event(p), timeout: timeout)
        },
        NativeEntry(name: "_thread:cond_wait") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let c = try vm.primitiveArg(args[0], w)
            guard let lock = w.conditionLock[c], w.owns(lock) else { throw .runtime("cannot wait on un-acquired lock") }
            // Converted before the lock is released: an OverflowError leaves it held, as
            // threading.py's `finally: self._acquire_restore(saved_state)` does.
            let timeout = try vm.conditionTimeout(args.count > 1 ? args[1] : .none)
            let t = w.current
            w.primitives[c].waiters.append(t)
            w.record(.waitBegin, c, by: t, vm: vm)
            let saved = w.releaseAll(lock, by: t, vm: vm)
            return w.block(&vm, .condition(c, lock: lock, saved: saved), timeout: timeout)
        },
        NativeEntry(name: "_thread:cond_notify") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let c = try vm.primitiveArg(args[0], w)
            let n = try vm.intArg(args[1])
            guard let lock = w.conditionLock[c], w.owns(lock) else { throw .runtime("cannot notify on un-acquired lock") }
            w.notify(condition: c, count: n, vm: vm)
            return .none
        },
        NativeEntry(name: "_thread:note") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let p = try vm.primitiveArg(args[0], w)
            // The queue's two names first: `PrimitiveOperation(rawValue:)` searched every case
            // (~1,000 instructions a put or get).
            let name = vm.heap.string(args[1]) ?? ""
            let op: PrimitiveOperation = name == "put" ? .put : name == "get" ? .get : PrimitiveOperation(rawValue: name) ?? .changed
            w.primitives[p].count = try vm.intArg(args[2])
            w.record(op, p, by: w.current, vm: vm)
            return .none
        },
        NativeEntry(name: "_thread:new_thread") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            return .int(try w.newThread(&vm, object: args[0], bootstrap: args[1], name: vm.heap.string(args[2]) ?? "",
                                        daemon: try vm.truthy(args[3])))
        },
        NativeEntry(name: "_thread:wait_started") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let t = try w.thread(ident: args[0], vm)
            if w.threads[t].hasStarted { return .none }
            w.threads[t].starter = w.current
            return w.block(&vm, .started(t), timeout: nil)
        },
        NativeEntry(name: "_thread:join") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let t = try w.thread(ident: args[0], vm)
            // threading.py `_wait_for_tstate_lock`: `lock.acquire(True, timeout)` converts the
            // timeout even when the thread has ended. True when the thread has ended.
            let timeout = args.count > 1 ? try vm.lockTimeout(args[1], blocking: true) : nil
            if w.threads[t].status == .finished { return .true }
            if timeout == 0 { return .false }
            _ = w.threadPrimitive(t)
            return w.block(&vm, .join(t), timeout: timeout)
        },
        NativeEntry(name: "_thread:is_alive") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let t = try w.thread(ident: args[0], vm)
            return .bool(w.threads[t].hasStarted && w.threads[t].status != .finished)
        },
        NativeEntry(name: "_thread:get_ident") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            return .int(w.threads[w.current].ident)
        },
        NativeEntry(name: "_thread:get_native_id") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            return .int(4_200 + w.tidBase + w.current)
        },
        NativeEntry(name: "_thread:main_ident") { vm, _, _ throws(PyError) in .int(try vm.theWorld().threads[0].ident) },
        NativeEntry(name: "_thread:set_name") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            if case .int = args[0] {
                let t = try w.thread(ident: args[0], vm)
                w.threads[t].name = vm.heap.string(args[1]) ?? ""
                w.trace.renameThread(w.threads[t].tid, to: w.threads[t].name)
                if let p = w.threadPrimitives[t] { w.trace.relabelPrimitive(w.primID(p), to: w.threads[t].name) }
            }
            return .none
        },
        NativeEntry(name: "_thread:format_exception") { vm, args, _ throws(PyError) in
            // Only threading's default excepthook calls it: a thread's uncaught exception.
            if let w = vm.world { w.kernel.uncaught.append(UncaughtException(thread: w.threads[w.current].name, type: vm.heap.typeName(args[0]))) }
            var seen: Set<UInt32> = []
            // The engine's own frames (threading internals) are left out; the program's stay.
            let text = vm.formatTraceback(args[0], seen: &seen)
            let engineFrames = ["  File \"<threading>\"", "  File \"<queue>\"", "  File \"<_queue>\"", "  File \"<concurrent.futures>\"",
                                "  File \"<multiprocessing>\"", "  File \"<multiprocessing.pool>\""]
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { line in !engineFrames.contains { line.hasPrefix($0) } }
            return vm.heap.newStr(lines.joined(separator: "\n"))
        },
        NativeEntry(name: "_thread:stderr_write") { vm, args, _ throws(PyError) in
            vm.write(vm.heap.string(args[0]) ?? "", fd: 2)
            return .none
        },
        NativeEntry(name: "_thread:timeout_ns") { vm, args, _ throws(PyError) in
            .int(try vm.pyTimeNanos(fromSeconds: args[0]))
        },
        NativeEntry(name: "sys:getswitchinterval") { vm, _, _ throws(PyError) in
            .float(Double(try vm.theWorld().switchIntervalMicros) / 1e6)
        },
        NativeEntry(name: "sys:setswitchinterval") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let x = try vm.floatArg(args[0])
            if x <= 0 { throw .valueError("switch interval must be strictly positive") }
            w.setSwitchInterval(micros: World.gilMicros(fromSeconds: x))
            w.policy.switchIntervalChanged(w, vm)
            return .none
        },
        NativeEntry(name: "sys:_is_gil_enabled") { vm, _, _ throws(PyError) in .bool(!(try vm.theWorld().noGIL)) },
    ]

    /// Whether the current thread holds `lock` (Condition `_is_owned`).
    func owns(_ lock: Int) -> Bool {
        primitives[lock].kind == .rlock ? primitives[lock].owner == current : primitives[lock].count > 0
    }

    func thread(ident: Value, _ vm: Interp) throws(PyError) -> Int {
        guard case .int(let i) = ident else { throw .runtime("cannot join thread before it is started") }
        let guess = (i - World.ident(tidBase)) / 8_392_704
        if guess >= 0 && guess < threads.count && threads[guess].ident == i { return guess }
        // A forked child's main thread keeps the ident it had in the parent.
        guard let t = threads.firstIndex(where: { $0.ident == i }) else { throw .runtime("no such thread") }
        return t
    }

    /// Registers a primitive; its label is `Kind@line` until the program's name for it is found.
    func allocate(_ kind: String, object: Value, value: Int, alias: Int, label: String?, vm: Interp) -> Int {
        let k: PrimitiveKind
        switch kind {
        case "rlock": k = .rlock
        case "semaphore": k = .semaphore
        case "bsemaphore": k = .boundedSemaphore
        case "event": k = .event
        case "condition": k = .condition
        case "queue": k = .queue
        case "barrier": k = .barrier
        case "future": k = .future
        default: k = .lock
        }
        let line = self.line(of: current, vm)
        let p = primitives.count
        var prim = Primitive(kind: k, label: label ?? "\(k.rawValue)@\(line)", named: label != nil, line: line, object: object)
        prim.count = value
        if k == .boundedSemaphore { prim.bound = value }
        if alias >= 0 { prim.alias = alias }
        primitives.append(prim)
        if alias < 0 && recording {
            trace.addPrimitive(PrimitiveInfo(id: primID(p), process: processID, kind: k, label: prim.label, line: line),
                               at: Int64(now(vm)), initial: PrimitiveSnapshot(owner: nil, value: value))
        }
        return p
    }

    /// `_thread.start_new_thread` with the new thread's first frame calling `bootstrap()`.
    func newThread(_ vm: inout Interp, object: Value, bootstrap: Value, name: String, daemon: Bool) throws(PyError) -> Int {
        guard case .boundMethod(let receiver, let function)? = vm.heap.vm(bootstrap),
              case .function(let fn)? = vm.heap.vm(function),
              var frame = try vm.makeFrame(fn, [receiver], [], caller: .native) else {
            throw .typeError("thread bootstrap must be a method")
        }
        frame.caller = .native
        let startCost = World.threadStartCost + Int(nextRandom() % UInt64(World.threadStartJitter))
        let t = threads.count
        var thread = PythonThread(id: t, name: name, daemon: daemon, ident: World.ident(tidBase + t), tid: tid(t))
        thread.frames = [frame]
        thread.object = object
        thread.clock = now(vm) + startCost
        threads.append(thread)
        try vm.setAttr(object, "_ident", .int(thread.ident))
        // Creating an OS thread and its bootstrap handshake cost the starter real time in
        // CPython (~40 us): the cost model charges it (see the seed pattern in DECISIONS).
        vm.process.clockNanos += startCost
        trace.addThread(ThreadInfo(id: thread.tid, process: processID, name: name, isDaemon: daemon), at: Int64(now(vm)),
                        line: line(of: current, vm))
        _ = threadPrimitive(t)
        makeReady(t, vm: vm)
        return thread.ident
    }
}

extension Interp {
    func theWorld() throws(PyError) -> World {
        guard let world else { throw .runtime("threads need the scheduler") }
        return world
    }
}

extension Interp {
    /// Primitive id `v`, as the preludes keep it in an attribute (`lock._id`, `queue._mid`):
    /// checked, so a program that rewrote the attribute gets a ValueError, not a trap.
    func primitiveArg(_ v: Value, _ w: World) throws(PyError) -> Int {
        let p = try intArg(v)
        guard w.primitives.indices.contains(p) else {
            throw .valueError("no synchronisation primitive \(p) in this run (an internal attribute of a lock, condition or queue was changed)")
        }
        return p
    }
}
