import Trace

/// How a native function blocks the current thread.
///
/// Called straight from the dispatch loop (the usual case: Python code calls `_thread.acquire`),
/// the native returns a placeholder and stops the loop after its `CALL` (`stepFence`); the
/// scheduler blocks the thread and, when it runs again, replaces the placeholder with the
/// call's result. Called under a native that called back into Python (`list(q.get() for ...)`),
/// the Swift stack holds the native's state: the thread parks on its carrier until the
/// scheduler picks it again (`blockNested`, Carriers.swift).
extension World {
    /// Blocks the current thread on `block` (the caller already queued it on its primitive),
    /// with an optional timeout in virtual nanoseconds. Returns the call's result (a
    /// placeholder when the loop will be stopped).
    func block(_ vm: inout Interp, _ block: Block, timeout: Int?) -> Value {
        let t = current
        threads[t].block = block
        // Past the clock's horizon a timed wait has no timer: only another thread can end it.
        setDeadline(t, timeout.flatMap { World.deadline(from: now(vm), after: $0) })
        threads[t].blockDeadline = threads[t].deadline
        threads[t].woken = false
        if vm.nestedDepth == 0 && vm.nativeDepth <= 1 && calledByCallInstruction(vm) {
            pendingBlock = true
            vm.stepFence = vm.steps
            return .none
        }
        return blockNested(&vm, t)
    }

    /// Whether the top frame is executing a `CALL` or a `BEFORE_WITH` (a native `__enter__`
    /// such as a lock's): the native's result is what the loop pushes next, so the
    /// placeholder can be replaced when the thread runs again.
    func calledByCallInstruction(_ vm: Interp) -> Bool {
        guard let f = vm.frames.last, f.lasti < f.code.instructions.count else { return false }
        switch f.code.instructions[f.lasti] {
        case .call, .callFunctionEx, .beforeWith: return true
        default: return false
        }
    }

    /// Parks thread `t` inside the blocking native until the scheduler resumes it; the call's
    /// result then (None when the run ended meanwhile: every loop stops at its next check).
    func blockNested(_ vm: inout Interp, _ t: Int) -> Value {
        enterBlock(t, vm)
        guard let carriers, carriers.park(t, self, &vm) else { return .none }
        return resumeValue
    }

    /// Nobody can run and no timer is pending: a deadlock, unless other processes exist (one
    /// may still wake a thread here: the kernel decides).
    func noRunnableThread(_ vm: inout Interp) {
        if kernel.hasChildren {
            idle = true
            return
        }
        let report = deadlockReport(vm)
        vm.write(report.text, fd: 2)
        end(3, &vm, report: report.text, cycle: (report.threads, report.primitives))
    }

    /// A nested run's slice ended (Python code called by a native reached a switch point past
    /// its slice): what the scheduler does between two slices of a thread, without leaving the
    /// native. The thread goes on at once when it keeps the GIL (or its core) and the run's
    /// budget allows; otherwise it parks on its carrier and the scheduler runs elsewhere until
    /// it picks this thread again. False when the run is ending: the nested run stops.
    func continueNested(_ vm: inout Interp) -> Bool {
        guard let carriers else {
            // A world without carriers (no session) cannot park: the nested run goes on.
            vm.sliceEnd = Int.max
            return true
        }
        let t = current
        var sliceOver = true
        while true {
            if ending != nil || vm.process.stepLimitHit || vm.steps >= vm.process.maxSteps { return false }
            if sliceOver {
                sliceOver = false
                preemptIfDue(t, vm)
            }
            if vm.steps >= budgetEnd && policy.keepsRunning(self, t, vm) {
                if !carriers.pause(&vm) { return false }
                continue
            }
            let quantumOver = vm.steps >= quantumEnd || timeStop.map({ processTime(vm) >= $0 }) == true
            if !quantumOver && vm.process.io?.interruptPending != true && policy.keepsRunning(self, t, vm) { break }
            // Preempted, or a choice only the scheduler makes (free-threaded: which on-core
            // thread is furthest behind; a Ctrl-C to deliver).
            if !carriers.park(t, self, &vm) { return false }
            break
        }
        if ending != nil { return false }
        vm.sliceEnd = vm.steps &+ sliceLength(t, vm, budget: min(budgetEnd, quantumEnd) &- vm.steps)
        vm.stopOnlyAtBreakers = policy.switchesAtBreakersOnly(self)
        return true
    }

    /// The trace primitive of kind `.thread` that `join()` on thread `t` waits on.
    func threadPrimitive(_ t: Int) -> Int {
        if let p = threadPrimitives[t] { return p }
        let p = primitives.count
        primitives.append(Primitive(kind: .thread, label: threads[t].name, named: true, line: 0, object: .none))
        threadPrimitives[t] = p
        trace.addPrimitive(PrimitiveInfo(id: primID(p), process: processID, kind: .thread,
                                         label: threads[t].name, line: 0), at: 0)
        return p
    }
}
