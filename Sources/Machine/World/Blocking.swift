import Trace

/// How a native function blocks the current thread.
///
/// Called straight from the dispatch loop (the usual case: Python code calls `_thread.acquire`),
/// the native returns a placeholder and stops the loop after its `CALL` (`stepFence`); the
/// scheduler blocks the thread and, when it runs again, replaces the placeholder with the
/// call's result. Called under a native that called back into Python (`list(q.get() for ...)`),
/// the Swift stack holds the native's state, so the blocking native runs a nested scheduler
/// until this thread may continue (`blockNested`).
extension World {
    /// Blocks the current thread on `block` (the caller already queued it on its primitive),
    /// with an optional timeout in virtual nanoseconds. Returns the call's result (a
    /// placeholder when the loop will be stopped).
    func block(_ vm: inout Interp, _ block: Block, timeout: Int?) -> Value {
        let t = current
        threads[t].block = block
        threads[t].deadline = timeout.map { now(vm) + max(0, $0) }
        threads[t].blockDeadline = threads[t].deadline
        threads[t].woken = false
        preemptFenceArmed = false
        if vm.nestedDepth == 0 && vm.nativeDepth <= 1 && calledByCallInstruction(vm) {
            pendingBlock = true
            vm.stepFence = vm.steps
            return .none
        }
        return blockNested(&vm, t)
    }

    /// Arms the step fence `n` instructions ahead for a preemption.
    func armPreemptFence(_ vm: inout Interp, _ n: Int) {
        vm.stepFence = min(vm.process.maxSteps, vm.steps + max(1, n))
        preemptFenceArmed = true
    }

    /// The loop reached the preemption fence. At the top level of the thread it stops at the
    /// next switch point (the scheduler preempts as usual). Inside Python code run by a native
    /// (`sum(gen)`), the native's Swift frame is live, so the thread yields to a nested
    /// scheduler there, when a thread that this level can resume is waiting. Returns whether
    /// the loop goes on.
    func continueAfterFence(_ vm: inout Interp) -> Bool {
        if !(noGIL || everyInstruction) {
            guard let f = vm.frames.last, f.pc < f.code.instructions.count,
                  vm.isBreaker(f.code.instructions[f.pc], at: f.pc) else { return true }
        }
        if vm.nestedDepth == 0 { return false }
        preemptFenceArmed = false
        vm.stepFence = vm.process.maxSteps
        let t = current
        wakeTimers(upTo: vm.process.clockNanos, vm: vm)
        let waiting = readyQueue.contains { threads[$0].suspendedLevel == 0 }
        let due: Bool
        if noGIL {
            due = waiting
        } else {
            due = waiting && (dropDeadline.map { vm.process.clockNanos >= $0 } ?? false)
        }
        if due {
            level += 1
            threads[t].suspendedLevel = level
            makeReady(t, vm: vm)
            releaseSlot(t, reason: .intervalExpired, vm: vm)
            if !noGIL { forcedSwitch = true }
            let exit = schedule(&vm, budget: Int.max, target: t)
            swapIn(t, &vm)
            threads[t].suspendedLevel = 0
            level -= 1
            if case .resumed = exit {} else { return false }
        }
        let n = sliceLength(t, vm)
        if n < World.chunk { armPreemptFence(&vm, n) }
        return true
    }

    /// Whether the top frame is executing a `CALL` (so the native's result is what the loop
    /// pushes next, and the placeholder can be replaced when the thread runs again).
    func calledByCallInstruction(_ vm: Interp) -> Bool {
        guard let f = vm.frames.last, f.lasti < f.code.instructions.count else { return false }
        switch f.code.instructions[f.lasti] {
        case .call, .callFunctionEx: return true
        default: return false
        }
    }

    /// Runs the other threads from inside the blocking native until thread `t` can continue.
    func blockNested(_ vm: inout Interp, _ t: Int) -> Value {
        level += 1
        threads[t].suspendedLevel = level
        enterBlock(t, vm)
        let exit = schedule(&vm, budget: Int.max, target: t)
        threads[t].suspendedLevel = 0
        level -= 1
        // Back on this thread's Swift stack: its context must be the one in the `Interp`, even
        // when the run ended meanwhile (every loop then stops at its next instruction).
        swapIn(t, &vm)
        if case .resumed = exit { return resumeValue }
        return .none
    }

    /// Nobody can run and no timer is pending: a deadlock, or (a thread waiting under a
    /// native callback that only a lower scheduler level could resume) an engine limitation.
    func noRunnableThread(_ vm: inout Interp, stuck: Bool) {
        if stuck {
            let names = readyQueue.map { threads[$0].name }.joined(separator: ", ")
            vm.write("engine limitation: \(names) waits inside a blocking call made under a native callback "
                     + "(such as list(q.get() for ...)) while another thread also blocks under one; "
                     + "rewrite the call as a for loop\n", fd: 2)
            end(1, &vm)
            return
        }
        let report = deadlockReport(vm)
        vm.write(report.text, fd: 2)
        end(3, &vm, report: report.text, cycle: (report.threads, report.primitives))
    }

    /// The trace primitive of kind `.thread` that `join()` on thread `t` waits on.
    func threadPrimitive(_ t: Int) -> Int {
        if let p = threadPrimitives[t] { return p }
        let p = primitives.count
        primitives.append(Primitive(kind: .thread, label: threads[t].name, named: true, line: 0, object: .none))
        threadPrimitives[t] = p
        trace.addPrimitive(PrimitiveInfo(id: PrimitiveID(Int32(p)), process: processID, kind: .thread,
                                         label: threads[t].name, line: 0), at: 0)
        return p
    }
}
