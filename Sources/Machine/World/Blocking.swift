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
        // Past the clock's horizon a timed wait has no timer: only another thread can end it.
        threads[t].deadline = timeout.flatMap { World.deadline(from: now(vm), after: $0) }
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
    /// such as a lock's), so the native's result is what the loop pushes next, and the placeholder can be replaced when the thread runs again).
    func calledByCallInstruction(_ vm: Interp) -> Bool {
        guard let f = vm.frames.last, f.lasti < f.code.instructions.count else { return false }
        switch f.code.instructions[f.lasti] {
        case .call, .callFunctionEx, .beforeWith: return true
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
