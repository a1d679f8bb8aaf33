import Trace

/// Why `World.schedule` returned.
enum SchedulerExit {
    case ended
    /// `budgetEnd` was reached.
    case budgetUsed
    /// Manual scheduling: `pendingChoice` waits for the learner.
    case choice
    /// The thread picked to run is parked inside a native on this carrier (Carriers.swift).
    case handOff(Carrier)
    /// Other processes exist and this one's quantum (or the kernel's time stop) is used.
    case quantumUsed
    /// Other processes exist and no thread of this one can run until something wakes it.
    case idle
}

extension World {
    /// Runs the threads until the run ends, the instruction count reaches `budgetEnd`, a
    /// manual choice is pending, or the thread picked next is parked inside a native (its
    /// carrier then goes on). The one scheduler loop: it runs on whichever carrier holds the
    /// baton (Carriers.swift).
    func schedule(_ vm: inout Interp) -> SchedulerExit {
        while true {
            if ending != nil { return .ended }
            if vm.process.io?.interruptPending == true && isRootProcess { deliverInterrupt(&vm) }
            if vm.steps >= budgetEnd { return .budgetUsed }
            if vm.steps >= quantumEnd || timeStop.map({ processTime(vm) >= $0 }) == true { return .quantumUsed }
            guard let t = pickRunner(&vm) else {
                if ending != nil { return .ended }
                if pendingChoice != nil { return .choice }
                if idle {
                    idle = false
                    return .idle
                }
                continue
            }
            swapIn(t, &vm)
            if interruptMain != nil && raiseInterrupt(t, &vm) { continue }
            if kernel.pendingSignals > 0 && deliverSignals(t, &vm) { continue }
            let parked = carriers?.isParked(t, self) == true
            if threads[t].woken {
                guard let result = finishBlock(t, &vm) else { continue }
                if let error = threads[t].transferError {
                    // An exception switched into a greenlet: raised where it is suspended.
                    threads[t].transferError = nil
                    if parked {
                        resumeError = error
                    } else {
                        if case .raised(let e)? = vm.unwind(error, addTraceback: true, stopDepth: 1) { threadEnded(t, .raised(e), &vm) }
                        if ending != nil || threads[t].status != .running { continue }
                        runSlice(t, &vm, budget: min(budgetEnd, quantumEnd) - vm.steps)
                        continue
                    }
                }
                if parked {
                    resumeValue = result
                } else if var last = vm.frames.last, !last.stack.isEmpty {
                    last.stack[last.stack.count - 1] = result
                    vm.frames[vm.frames.count - 1] = last
                }
            }
            if parked, let c = carriers?.takeParked(t, self) { return .handOff(c) }
            runSlice(t, &vm, budget: min(budgetEnd, quantumEnd) - vm.steps)
        }
    }

    /// The thread to run next (nil when the run ended, a choice is pending, or time advanced).
    func pickRunner(_ vm: inout Interp) -> Int? { policy.pick(self, &vm) }

    func clock(of t: Int, _ vm: Interp) -> Int { t == current ? vm.process.clockNanos : threads[t].clock }

    /// Instructions thread `t` may run in its next slice: up to the next timer, the GIL drop
    /// request (or the OS time slice), the chunk size and `budget`.
    func sliceLength(_ t: Int, _ vm: Interp, budget: Int) -> Int {
        let clockNow = vm.process.clockNanos
        var limit = timeStop ?? Int.max
        if let d = nextDeadline() { limit = min(limit, d) }
        let policyLimit = policy.sliceLimit(self, t)
        if let p = policyLimit.time { limit = min(limit, p) }
        var n = limit == Int.max ? World.chunk : max(1, (limit - clockNow + Interp.nanosPerInstruction - 1) / Interp.nanosPerInstruction)
        n = min(n, World.chunk, max(1, budget), policyLimit.instructions)
        if kernel.steered { n = min(n, max(1, kernel.questionStep &- kernel.steps)) }
        return n
    }

    /// Runs thread `t` (holding the GIL or a core) for one slice and handles how it stopped.
    func runSlice(_ t: Int, _ vm: inout Interp, budget: Int) {
        if kernel.steered && kernel.steps >= kernel.questionStep && asksBeforeSlice(vm) && steerAtSwitchPoint(t, vm) { return }
        let n = sliceLength(t, vm, budget: budget)
        vm.sliceEnd = vm.steps &+ n
        vm.stopOnlyAtBreakers = policy.switchesAtBreakersOnly(self)
        let reason: StopReason
        if watched {
            reason = runWatched(t, &vm, budget: n)
        } else {
            reason = vm.run(budget: n)
        }
        if ending != nil { return }
        if pendingBlock {
            pendingBlock = false
            vm.stepFence = vm.process.maxSteps
            if threads[t].block == .fork(child: 0) { forkNow(t, &vm) }
            enterBlock(t, vm)
            return
        }
        switch reason {
        case .stepLimit:
            vm.write("step budget exhausted after \(kernel.maxSteps == Int.max ? vm.process.maxSteps : kernel.maxSteps) steps\n", fd: 2)
            kernel.endRun(RunEnding(status: 4))
        case .finished, .raised:
            threadEnded(t, reason, &vm)
        case .budgetUsed:
            if kernel.steered && kernel.steps >= kernel.questionStep && steerAtSwitchPoint(t, vm) { return }
            preemptIfDue(t, vm)
        }
    }

    /// Thread `t`'s slice ended: it gives way if its time is up and others wait (RunPolicy).
    func preemptIfDue(_ t: Int, _ vm: Interp) { policy.preemptIfDue(self, t, vm) }

    /// The current thread entered a blocking call: it stops running and gives up the GIL.
    func enterBlock(_ t: Int, _ vm: Interp) {
        threads[t].status = .blocked
        if case .greenlet(let target)? = threads[t].block {
            setState(t, .suspended, vm)
            handOver(from: t, to: target, vm)
            return
        }
        switch threads[t].block {
        case .sleep?, .fork?: setState(t, .sleeping, vm)
        case .child(_, let p)?: setState(t, .blocked(on: pid(p)), vm)
        case .join(let x)?, .started(let x)?: setState(t, .blocked(on: primID(threadPrimitive(x))), vm)
        case .shutdown?:
            if let x = threads.first(where: { !$0.daemon && $0.status != .finished && $0.id != 0 }) {
                setState(t, .blocked(on: primID(threadPrimitive(x.id))), vm)
            }
        default:
            if let p = blockedPrimitive(threads[t].block) { setState(t, .blocked(on: pid(p)), vm) }
        }
        releaseSlot(t, reason: .blockingCall, vm: vm)
        if threads[t].woken {
            // Woken while still running (sleep(0), a timeout of 0): ready at once.
            threads[t].status = .blocked
            threads[t].woken = false
            wake(t, vm: vm)
        }
    }

    /// Completes a woken thread's blocking call: its result, or nil if it blocked again
    /// (a lock taken by someone else in the meantime).
    func finishBlock(_ t: Int, _ vm: inout Interp) -> Value? {
        threads[t].woken = false
        let timedOut = threads[t].timedOut
        threads[t].timedOut = false
        guard let block = threads[t].block else { return Value.none }
        switch block {
        case .acquire(let p):
            if timedOut { return done(t, .false) }
            if tryAcquire(p, t) {
                record(.acquire, p, by: t, vm: vm)
                return done(t, .true)
            }
            reblock(t, on: p, vm: vm, front: true)
            return nil
        case .event(let p):
            return done(t, .bool(timedOut ? primitives[p].count != 0 : true))
        case .condition(let c, let lock, let saved):
            threads[t].block = .reacquire(lock: lock, saved: saved, result: !timedOut, condition: c)
            return finishBlock(t, &vm)
        case .reacquire(let lock, let saved, let result, _):
            if tryAcquire(lock, t, saved: saved) {
                record(.acquire, lock, by: t, vm: vm)
                return done(t, .bool(result))
            }
            reblock(t, on: lock, vm: vm, front: false)
            return nil
        case .join(let x):
            return done(t, .bool(threads[x].status == .finished))
        case .sleep, .started, .shutdown:
            return done(t, .none)
        case .greenlet:
            let value = threads[t].transfer
            threads[t].transfer = .none
            return done(t, value)
        case .fork(let child):
            return done(t, .int(child))
        case .forked:
            return done(t, .int(0))
        case .child(let pid, let p):
            record(.waitEnd, p, by: t, vm: vm)
            guard let reaped = try? reapChild(&vm, pid: pid) else {
                // Woken by another thread's reap of the same child: wait again (its waitpid
                // would see no child and raise; rare enough to wait instead).
                primitives[p].waiters.append(t)
                enterBlock(t, vm)
                return nil
            }
            return done(t, reaped)
        case .pipeRead(let fd, let size, let p):
            guard let d = kernel.pipeEnd(fd, of: vm.process.pid) else { return done(t, vm.heap.newBytes([])) }
            if let data = readPipe(d.pipe, size) { return done(t, vm.heap.newBytes(data)) }
            primitives[p].waiters.append(t)
            kernel.addWaiter(.pipe(d.pipe), slot: kernel.slot(of: self), thread: t)
            enterBlock(t, vm)
            return nil
        case .semaphore(let s, let p):
            if timedOut { return done(t, .false) }
            if takeSemaphore(s, t) { return done(t, .true) }
            setDeadline(t, threads[t].blockDeadline)
            primitives[p].waiters.append(t)
            kernel.addWaiter(.semaphore(s), slot: kernel.slot(of: self), thread: t)
            enterBlock(t, vm)
            return nil
        case .socketWait:
            // The prelude looks again at what it waits for: a wake-up is a hint, not a result.
            return done(t, .bool(!timedOut))
        case .kernelStep(_, let result):
            return done(t, .int(result))
        }
    }

    private func done(_ t: Int, _ v: Value) -> Value {
        threads[t].block = nil
        threads[t].deadline = nil
        threads[t].blockDeadline = nil
        return v
    }

    /// Blocks `t` again on `p` (it lost the race for it), keeping its original timeout.
    func reblock(_ t: Int, on p: Int, vm: Interp, front: Bool) {
        setDeadline(t, threads[t].blockDeadline)
        if front { primitives[p].waiters.insert(t, at: 0) } else { primitives[p].waiters.append(t) }
        record(.waitBegin, p, by: t, vm: vm)
        enterBlock(t, vm)
    }

    /// A thread's outermost frame returned (or raised).
    func threadEnded(_ t: Int, _ reason: StopReason, _ vm: inout Interp) {
        if threads[t].host != nil {
            greenletEnded(t, reason, &vm)
            return
        }
        if t == 0 {
            // pythonrun.c prints the traceback, then Py_FinalizeEx runs threading._shutdown:
            // the atexit hooks threading keeps (a thread pool joins its workers), then it
            // waits for the non-daemon threads.
            if threadingExit == .running {
                threadingExit = .done
                if case .raised = reason { _ = vm.finish(reason) }
            } else {
                mainStatus = vm.finish(reason)
            }
            if ending != nil { return }
            if threadingExit == .pending {
                threadingExit = .done
                if let frame = threadingExitFrame(&vm) {
                    threadingExit = .running
                    vm.handled = .none
                    vm.frames = [frame]
                    return
                }
            }
            threads[0].block = .shutdown
            if threads.contains(where: { !$0.daemon && $0.status != .finished && $0.id != 0 }) {
                enterBlock(0, vm)
                return
            }
            finishThread(0, &vm)
            endProgram(&vm)
            return
        }
        finishThread(t, &vm)
        for j in threads.indices where threads[j].status == .blocked && threads[j].block == .join(t) { wake(j, vm: vm) }
        if threads[0].block == .shutdown && threads[0].status == .blocked
            && !threads.contains(where: { !$0.daemon && $0.status != .finished && $0.id != 0 }) {
            endProgram(&vm)
        }
    }

    /// The main thread and every non-daemon thread are done: Py_FinalizeEx closes the
    /// generators still suspended in a `try` or `with`, then the run ends.
    func endProgram(_ vm: inout Interp) {
        vm.warnUnawaitedCoroutinesAtExit()
        vm.finalizeGeneratorsAtExit()
        end(mainStatus ?? 0, &vm)
    }

    /// A frame calling `threading._run_atexit()` when the program registered hooks, else nil.
    func threadingExitFrame(_ vm: inout Interp) -> Frame? {
        guard case .object(let m)? = vm.process.modules["threading"], case .vm(.module(let module)) = vm.heap.objects[m.slot],
              let calls = vm.dictGet(module.dict, "_atexit_calls"), let count = vm.heap.sequenceItems(calls)?.count, count > 0,
              let hook = vm.dictGet(module.dict, "_run_atexit"), case .function(let fn)? = vm.heap.vm(hook),
              var frame = try? vm.makeFrame(fn, [], [], caller: .native) else { return nil }
        frame.caller = .native
        return frame
    }

    func finishThread(_ t: Int, _ vm: inout Interp) {
        threads[t].status = .finished
        setState(t, .finished, vm)
        releaseSlot(t, reason: .threadFinished, vm: vm)
        threads[t].frames = []
        if t == current { vm.frames = [] }
    }

    /// Ends the run with `status`; every dispatch loop in progress stops at its next instruction.
    func end(_ status: Int32, _ vm: inout Interp, report: String? = nil, cycle: ([ThreadID], [PrimitiveID]) = ([], [])) {
        guard ending == nil else { return }
        finalNaming(vm)
        ending = RunEnding(status: status, deadlockReport: report, cycleThreads: cycle.0, cyclePrimitives: cycle.1)
        vm.stepFence = 0
        if policy.threadClocks { vm.process.clockNanos = max(vm.process.clockNanos, threads.map { $0.clock }.max() ?? 0) }
    }
}
