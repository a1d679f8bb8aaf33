import Trace

/// `os.fork`, `os.wait`/`waitpid`, `os._exit` and `os.kill`: what a process's threads ask of
/// the kernel about processes (Kernel.swift keeps the table and runs them).
extension World {
    /// Virtual cost of `os.fork()` to the parent (copying page tables; python3 3.11 measured
    /// here with multiprocessing imported: about 1.3 ms), and from the fork to the child's first
    /// bytecode (fork and wait for a child that exits at once: about 1.5 ms).
    static let forkCost = 1_200_000
    static let childStartCost = 1_400_000

    /// `os.fork()`: the parent blocks for the fork's cost and returns the child's pid; the
    /// child is made when the parent's loop has stopped after its `CALL` (`forkNow`).
    ///
    /// Inside Python code that a built-in called (`map`, a key function, `sum` of a generator,
    /// `coroutine.send`), the natives' Swift stacks stay with the parent: the child is made at
    /// once from a copy whose native boundaries are stood in for (`standInForNatives`).
    func fork(_ vm: inout Interp) throws(PyError) -> Value {
        guard calledByCallInstruction(vm) && (vm.nestedDepth > 0 || vm.nativeDepth <= 1) else {
            throw .runtime("os.fork() must be called from Python code, not passed to a built-in function")
        }
        try checkProcessLimit(&vm)
        if vm.nestedDepth == 0 { return block(&vm, .fork(child: 0), timeout: World.forkCost) }
        var image = vm
        try image.standInForNatives()
        // What the loop would have pushed for the CALL: the child's fork() result replaces it.
        image.frames.withUnsafeMutableBufferPointer { $0[$0.count - 1].stack.append(Value.none) }
        let child = forkNow(current, vm, image: image)
        return block(&vm, .fork(child: child), timeout: World.forkCost)
    }

    /// A new process past the limit fails as Linux's `RLIMIT_NPROC` makes fork fail.
    func checkProcessLimit(_ vm: inout Interp) throws(PyError) {
        if kernel.liveCount >= Kernel.processLimit {
            throw .exception(vm.osError("BlockingIOError", 11, "Resource temporarily unavailable"))
        }
    }

    /// The world of a new process (fork or spawn) in the next slot of the kernel's table: this
    /// world's options and switch interval, its own seeded generator, the run's carriers.
    func childWorld(pid: Int) -> World {
        let child = World(kernel: kernel, process: pid, slot: kernel.processes.count, cores: cores, switchInterval: 0,
                          everyInstruction: everyInstruction, noGIL: noGIL, watched: watched, recording: recording)
        child.switchInterval = switchInterval
        child.switchIntervalMicros = switchIntervalMicros
        child.carriers = carriers
        child.rngState = rngState ^ UInt64(pid)
        return child
    }

    /// Names a new process in the trace and records its start, as this process's child.
    func recordStart(of child: World, at time: Int, _ vm: Interp) {
        guard recording else { return }
        trace.labelProcess(child.processID, "pid \(child.pid)")
        trace.recordProcess(child.processID, .started(pid: child.pid, parent: processID, parentPID: vm.process.pid), at: Int64(time))
    }

    /// Makes the child of a `fork` whose parent thread `t` just stopped after its `CALL` (the
    /// placeholder result on its stack): a copy of the process (`image`, the parent's own
    /// `vm` unless the fork happened under natives) with `t` as its only thread. Returns its pid.
    func forkNow(_ t: Int, _ vm: inout Interp) { forkNow(t, vm, image: vm) }

    /// `forkNow` from `image`, a copy of the parent's `vm` made ready for the child.
    @discardableResult
    func forkNow(_ t: Int, _ vm: Interp, image: Interp) -> Int {
        let pid = kernel.allocatePID()
        let slot = kernel.processes.count
        let child = childWorld(pid: pid)
        child.mainGlobals = mainGlobals
        child.threadingExit = threadingExit
        // Only the forking thread exists in the child; locks other threads held stay locked.
        child.primitives = primitives.map { p in
            var copy = p
            copy.waiters = []
            if let o = p.owner { copy.owner = o == t ? 0 : nil }
            return copy
        }
        child.conditionLock = conditionLock
        let start = now(vm)
        var main = PythonThread(id: 0, name: threads[t].name, daemon: false, ident: threads[t].ident, tid: child.tid(0))
        main.status = .running
        main.hasStarted = true
        main.block = .forked
        main.woken = true
        main.object = threads[t].object
        child.threads = [main]

        var image = image
        image.world = child
        image.process.pid = pid
        image.stepFence = vm.process.maxSteps
        image.process.clockNanos = start + World.childStartCost
        image.stackThread = nil
        let process = VirtualProcess(pid: pid, ppid: vm.process.pid, name: threads[t].name == "MainThread" ? "MainProcess" : threads[t].name,
                                     vm: image, world: child)
        kernel.add(process)
        kernel.copyDescriptors(from: vm.process.pid, to: pid)
        // The child keeps its parent's signal handlers; nothing pending is inherited.
        kernel.signals[pid] = SignalState(dispositions: kernel.signalState(vm.process.pid).dispositions)
        recordStart(of: child, at: start, vm)
        if recording {
            trace.addThread(ThreadInfo(id: child.tid(0), process: child.processID, name: main.name), at: Int64(start))
            for (i, p) in child.primitives.enumerated() where p.alias == nil && p.kind != .thread {
                trace.addPrimitive(PrimitiveInfo(id: child.primID(i), process: child.processID, kind: p.kind, label: p.label, line: p.line),
                                   at: Int64(start), initial: PrimitiveSnapshot(owner: p.owner.map { child.tid($0) }, value: p.count))
            }
        }
        // The child's records carry the fork's time: the trace's times must not go backwards
        // (its clock starts `childStartCost` later, while the parent sleeps in fork()).
        child.policy.start(child, main: 0, at: start)
        child.eventTime = start
        child.setState(0, .running(core: 0), image)
        child.eventTime = nil
        vm.process.io?.forked(from: vm.process.pid, child: pid)
        threads[t].block = .fork(child: pid)
        kernel.becameRunnable(slot, at: start)
        return pid
    }

    /// `os.waitpid(pid, options)` (`pid` -1: any child): the child's pid and wait status once
    /// one has exited (reaping it), `(0, 0)` with `WNOHANG` while none has.
    func waitChild(_ vm: inout Interp, pid: Int, noHang: Bool, untraced: Bool = false) throws(PyError) -> Value {
        let key = [vm.process.pid, current]
        if untraced { kernel.untracedWaits.insert(key) }
        if let reaped = try reapChild(&vm, pid: pid) { return reaped }
        if noHang {
            kernel.untracedWaits.remove(key)
            return vm.heap.newTuple([.int(0), .int(0)])
        }
        let p = processPrimitive(pid, vm)
        primitives[p].waiters.append(current)
        record(.waitBegin, p, by: current, vm: vm)
        return block(&vm, .child(pid: pid, primitive: p), timeout: nil)
    }

    /// Reaps an exited child matching `pid`: `(pid, status)`; nil while the matching
    /// children all run; ChildProcessError when there is none.
    func reapChild(_ vm: inout Interp, pid: Int) throws(PyError) -> Value? {
        let me = vm.process.pid
        let children = kernel.processes.filter { $0.ppid == me && (pid == -1 || $0.pid == pid) }
        let unreaped = children.filter { if case .reaped = $0.state { return false } else { return true } }
        guard !unreaped.isEmpty else {
            kernel.untracedWaits.remove([me, current])
            throw .exception(vm.osError("ChildProcessError", 10, "No child processes"))
        }
        // WUNTRACED: a child stopped by a signal is reported once (status: the signal, then 0x7f).
        if kernel.untracedWaits.contains([me, current]),
           let stopped = unreaped.first(where: { $0.stoppedBy != nil && !$0.stopReported }), let signal = stopped.stoppedBy {
            stopped.stopReported = true
            kernel.untracedWaits.remove([me, current])
            return vm.heap.newTuple([.int(stopped.pid), .int(signal << 8 | 0x7f)])
        }
        guard let zombie = unreaped.first(where: { if case .zombie = $0.state { return true } else { return false } }),
              case .zombie(let status) = zombie.state else { return nil }
        kernel.untracedWaits.remove([me, current])
        zombie.state = .reaped(status)
        if recording { trace.recordProcess(zombie.world.processID, .reaped, at: Int64(now(vm))) }
        return vm.heap.newTuple([.int(zombie.pid), .int(Int(status))])
    }

    /// A child of this process exited at `time`: threads waiting for it are woken.
    func childExited(_ pid: Int, kernel: Kernel, at time: Int) {
        guard let me = kernel.process(pid: self.pid) else { return }
        var woke = false
        for t in threads.indices where threads[t].status == .blocked && !threads[t].woken {
            guard case .child(let wanted, let p)? = threads[t].block, wanted == -1 || wanted == pid else { continue }
            advanceClock(to: time, &me.vm)
            let saved = eventTime
            eventTime = max(time, me.vm.process.clockNanos)
            _ = p
            wake(t, vm: me.vm)
            eventTime = saved
            woke = true
        }
        if woke, let slot = kernel.processes.firstIndex(where: { $0 === me }) { kernel.becameRunnable(slot, at: time) }
    }

    /// The trace primitive of kind `.process` a `wait` for `pid` (-1: any child) blocks on.
    func processPrimitive(_ pid: Int, _ vm: Interp) -> Int {
        kernelPrimitive(.process, pid == -1 ? "any child" : "process \(pid)", vm)
    }

    /// The display primitive for a kernel object this process waits on (a child, a pipe).
    func kernelPrimitive(_ kind: PrimitiveKind, _ label: String, _ vm: Interp) -> Int {
        if let p = primitives.firstIndex(where: { $0.kind == kind && $0.label == label }) { return p }
        let p = primitives.count
        primitives.append(Primitive(kind: kind, label: label, named: true, line: 0, object: .none))
        if recording {
            trace.addPrimitive(PrimitiveInfo(id: primID(p), process: processID, kind: kind, label: label, line: 0), at: Int64(now(vm)))
        }
        return p
    }

    /// `os._exit(n)`: the process ends now, without flushing its buffers or running cleanup.
    func exitNow(_ status: Int32, _ vm: inout Interp) {
        flushesAtExit = false
        end(status, &vm)
    }
}

extension Interp {
    /// Turns a copy of a thread stopped inside natives into one a forked child can run at the
    /// top level: each frame a native waits for (caller `.native`) returns instead into a frame
    /// of `os._after_native`, stopped in its call, which stands where the native's Swift stack
    /// was; reached, it raises (the native's work stayed in the parent). multiprocessing's
    /// children never get there: they end with `os._exit`. Docs/DECISIONS.md, "fork under natives".
    mutating func standInForNatives() throws(PyError) {
        let unavailable = PyError.runtime("os.fork() under a built-in function needs os._after_native, which the os module lacks")
        guard let os = process.modules["os"], case .function(let fn)? = heap.vm(try getAttr(os, "_after_native")),
              let call = fn.code.instructions.indices.first(where: { i in
                  if i >= fn.code.bodyStart, case .call = fn.code.instructions[i] { return true }
                  return false
              }) else { throw unavailable }
        var above: [Frame] = []
        while frames.count > 1 {
            var f = frames.removeLast()
            let native = f.caller.isNative
            if native { f.caller = .frame }
            above.append(f)
            guard native else { continue }
            guard var standIn = try makeFrame(fn, [], [], caller: .frame) else { throw unavailable }
            standIn.pc = call + 1
            standIn.lasti = call
            above.append(standIn)
        }
        while let f = above.popLast() { frames.append(f) }
        nestedDepth = 0
        nativeDepth = 0
    }

    /// An OSError subclass with errno and strerror (`[Errno n] text`).
    mutating func osError(_ className: String, _ errno: Int, _ text: String) -> Value {
        let cls = builtinClass(className)
        return heap.newVM(.exception(PyException(cls: cls, args: heap.newTuple([.int(errno), heap.newStr(text)]))))
    }
}

extension World {
    /// The `os` module's process calls (the rest of `os` is the `os` prelude).
    static let processNatives: [NativeEntry] = signalNatives + [
        NativeEntry(name: "os:getpid") { vm, _, _ throws(PyError) in .int(vm.process.pid) },
        NativeEntry(name: "os:getppid") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            return .int(w.kernel.process(pid: vm.process.pid)?.ppid ?? 1)
        },
        NativeEntry(name: "os:fork") { vm, _, _ throws(PyError) in try vm.theWorld().fork(&vm) },
        NativeEntry(name: "os:waitpid") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 2 else { throw .typeError("waitpid expected 2 arguments, got \(args.count)") }
            let pid = try vm.intArg(args[0])
            let options = try vm.intArg(args[1])
            return try w.waitChild(&vm, pid: pid <= 0 ? -1 : pid, noHang: options & 1 != 0, untraced: options & 2 != 0)
        },
        NativeEntry(name: "os:_exit") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 1 else { throw .typeError("_exit() takes exactly one argument (\(args.count) given)") }
            w.exitNow(Int32(truncatingIfNeeded: try vm.intArg(args[0])), &vm)
            return .none
        },
        NativeEntry(name: "os:cpu_count") { vm, _, _ throws(PyError) in .int(try vm.theWorld().cores) },
        NativeEntry(name: "os:kill") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 2 else { throw .typeError("kill expected 2 arguments, got \(args.count)") }
            try w.kernel.kill(pid: try vm.intArg(args[0]), signal: try vm.intArg(args[1]), from: w, &vm)
            return .none
        },
    ]
}
