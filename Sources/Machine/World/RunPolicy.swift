import Trace

/// Who of a process's threads may run, and when a running one must give way: CPython's GIL
/// (`GILPolicy`) or free-threaded cores (`FreeThreadedPolicy`, PEP 703, `--no-gil`). The
/// scheduler (Scheduler.swift, Blocking.swift) asks its world's policy at every decision and
/// never branches on the mode itself; each policy keeps its own state.
protocol RunPolicy: AnyObject {
    /// `sys._is_gil_enabled()`.
    var hasGIL: Bool { get }
    /// Whether each thread keeps its own virtual clock (threads run in parallel) instead of
    /// sharing the process's.
    var threadClocks: Bool { get }
    /// Extra virtual time between a wake-up and the woken thread running (free-threaded: the
    /// OS wake-up latency; under the GIL the hand-over itself orders them).
    var wakeLatency: Int { get }
    /// An independent copy (checkpoints).
    func copy() -> RunPolicy
    /// The main thread `t` starts running at virtual time `time` (0, or a child's start).
    func start(_ w: World, main t: Int, at time: Int)
    /// The thread to run next (nil when time advanced, a choice is pending or the run ended).
    func pick(_ w: World, _ vm: inout Interp) -> Int?
    /// The virtual time by which thread `t`'s slice must end (nil: no limit of the policy's),
    /// and the most instructions it may run before the others get a look.
    func sliceLimit(_ w: World, _ t: Int) -> (time: Int?, instructions: Int)
    /// Whether slices end only at CPython's eval-breaker points.
    func switchesAtBreakersOnly(_ w: World) -> Bool
    /// Thread `t`'s slice ended: it gives way if its time is up and others wait.
    func preemptIfDue(_ w: World, _ t: Int, _ vm: Interp)
    /// Thread `t`, which just became ready, starts waiting.
    func waitForSlot(_ w: World, _ t: Int, _ vm: Interp)
    /// Thread `t` gets the GIL (or a core).
    func grant(_ w: World, _ t: Int, reason: GILReason, _ vm: Interp)
    /// Thread `t` stops running (blocked, finished or preempted).
    func release(_ w: World, _ t: Int, reason: GILReason, _ vm: Interp)
    /// Running thread `from` gives its GIL (or core) straight to `to` (a greenlet switch).
    func handOver(_ w: World, from: Int, to: Int, _ vm: Interp)
    /// Whether running thread `t` would be picked again right now (a nested run then goes
    /// on without the scheduler; see `World.continueNested`). Like `pick`, the GIL policy
    /// first wakes the timed waits that are due, so their threads can ask for the GIL.
    func keepsRunning(_ w: World, _ t: Int, _ vm: Interp) -> Bool
    /// Whether a timer firing now happens at its own deadline (nobody is running) rather than
    /// at the running thread's clock.
    func timersFireAtDeadline(_ w: World) -> Bool
    /// `sys.setswitchinterval` took effect.
    func switchIntervalChanged(_ w: World, _ vm: Interp)
}

/// CPython's GIL (ceval_gil.h): one thread runs; a waiter's drop request takes effect after
/// the switch interval, at the holder's next eval-breaker point, and a forced switch hands the
/// GIL to the longest waiter.
final class GILPolicy: RunPolicy {
    var holder: Int?
    /// When the waiters' drop request takes effect (`take_gil`'s timed wait).
    var dropDeadline: Int?
    /// The GIL was dropped on a drop request: the next grant is a forced switch (FIFO).
    var forcedSwitch = false

    var hasGIL: Bool { true }
    var threadClocks: Bool { false }
    var wakeLatency: Int { 0 }

    func copy() -> RunPolicy {
        let c = GILPolicy()
        c.holder = holder
        c.dropDeadline = dropDeadline
        c.forcedSwitch = forcedSwitch
        return c
    }

    func start(_ w: World, main t: Int, at time: Int) {
        holder = t
        w.trace.setGILHolder(w.threads[t].tid, process: w.processID, reason: .acquired, at: Int64(time))
    }

    func pick(_ w: World, _ vm: inout Interp) -> Int? {
        w.wakeTimers(upTo: vm.process.clockNanos, vm: vm)
        if let h = holder { return h }
        let candidates = w.readyQueue
        if !candidates.isEmpty {
            let question = forcedSwitch ? "Switch interval expired: who takes the GIL?" : "Who takes the GIL?"
            guard let i = w.choose(candidates, question: question, vm: vm, allowManual: true, fifo: forcedSwitch) else {
                return nil
            }
            w.grant(candidates[i], reason: forcedSwitch ? .intervalExpired : .acquired, vm: vm)
            forcedSwitch = false
            return candidates[i]
        }
        if let d = w.nextDeadline() {
            if w.kernel.hasChildren {
                w.idle = true
                return nil
            }
            vm.process.clockNanos = max(vm.process.clockNanos, d)
            return nil
        }
        w.noRunnableThread(&vm)
        return nil
    }

    func sliceLimit(_ w: World, _ t: Int) -> (time: Int?, instructions: Int) {
        (w.readyQueue.isEmpty ? nil : dropDeadline, Int.max)
    }

    func switchesAtBreakersOnly(_ w: World) -> Bool { !w.everyInstruction }

    func preemptIfDue(_ w: World, _ t: Int, _ vm: Interp) {
        guard let dd = dropDeadline, vm.process.clockNanos >= dd, !w.readyQueue.isEmpty else { return }
        w.makeReady(t, vm: vm)
        w.releaseSlot(t, reason: .intervalExpired, vm: vm)
        // `pick` hands it on (the same path for automatic, manual and replayed runs).
        forcedSwitch = true
    }

    func waitForSlot(_ w: World, _ t: Int, _ vm: Interp) {
        w.setState(t, .waitingForGIL, vm)
        if holder != nil && dropDeadline == nil { dropDeadline = w.now(vm) + w.switchInterval }
    }

    func grant(_ w: World, _ t: Int, reason: GILReason, _ vm: Interp) {
        holder = t
        w.threads[t].core = t % w.cores
        w.threads[t].sliceStart = w.now(vm)
        // `t` already left the ready queue: anyone still in it asks for a drop.
        dropDeadline = w.readyQueue.isEmpty ? nil : w.now(vm) + w.switchInterval
        if w.recording { w.trace.setGILHolder(w.threads[t].tid, process: w.processID, reason: reason, at: Int64(w.now(vm))) }
    }

    func handOver(_ w: World, from: Int, to: Int, _ vm: Interp) {
        holder = to
        if w.recording { w.trace.setGILHolder(w.threads[to].tid, process: w.processID, reason: .acquired, at: Int64(w.now(vm))) }
    }

    func release(_ w: World, _ t: Int, reason: GILReason, _ vm: Interp) {
        guard holder == t else { return }
        holder = nil
        if w.recording { w.trace.setGILHolder(nil, process: w.processID, reason: reason, at: Int64(w.now(vm))) }
    }

    func keepsRunning(_ w: World, _ t: Int, _ vm: Interp) -> Bool {
        w.wakeTimers(upTo: vm.process.clockNanos, vm: vm)
        return holder == t
    }

    func timersFireAtDeadline(_ w: World) -> Bool { holder == nil }

    func switchIntervalChanged(_ w: World, _ vm: Interp) {
        if let d = dropDeadline { dropDeadline = min(d, w.now(vm) + w.switchInterval) }
    }
}

/// Free-threaded (PEP 703): up to `cores` threads run at once, each on its own clock; the
/// scheduler runs the on-core thread furthest behind in time, in short quanta, so they
/// advance together; threads beyond the cores wait for an OS time slice to end.
final class FreeThreadedPolicy: RunPolicy {
    /// The threads on cores.
    var onCore: [Int] = []

    var hasGIL: Bool { false }
    var threadClocks: Bool { true }
    var wakeLatency: Int { World.wakeLatency }

    func copy() -> RunPolicy {
        let c = FreeThreadedPolicy()
        c.onCore = onCore
        return c
    }

    func start(_ w: World, main t: Int, at time: Int) { onCore = [t] }

    func pick(_ w: World, _ vm: inout Interp) -> Int? {
        while onCore.count < w.cores {
            let candidates = w.readyQueue
            if candidates.isEmpty { break }
            guard let i = w.choose(candidates, question: "Who gets a core?", vm: vm, allowManual: true) else { return nil }
            let t = candidates[i]
            if t == w.current {
                // A wake-up (a sleep's end) moved the stored clock of the thread whose clock
                // otherwise lives in the Interp: take it, or the sleep would cost no time.
                vm.process.clockNanos = max(vm.process.clockNanos, w.threads[t].clock, globalNow(w, vm))
            } else {
                w.threads[t].clock = max(w.threads[t].clock, globalNow(w, vm))
            }
            w.grant(t, reason: .acquired, vm: vm)
        }
        if onCore.isEmpty {
            if let d = w.nextDeadline() {
                if w.kernel.hasChildren {
                    w.idle = true
                    return nil
                }
                w.wakeTimers(upTo: d, vm: vm)
                return nil
            }
            w.noRunnableThread(&vm)
            return nil
        }
        let t = onCore.min { (w.clock(of: $0, vm), $0) < (w.clock(of: $1, vm), $1) }!
        let time = w.clock(of: t, vm)
        if let d = w.nextDeadline(), d <= time {
            w.wakeTimers(upTo: time, vm: vm)
            if onCore.count < w.cores && !w.readyQueue.isEmpty { return nil }
        }
        return t
    }

    /// The earliest clock among the threads on cores (free-threaded "now").
    func globalNow(_ w: World, _ vm: Interp) -> Int {
        onCore.map { w.clock(of: $0, vm) }.min() ?? w.threads.indices.map { w.clock(of: $0, vm) }.max() ?? 0
    }

    func sliceLimit(_ w: World, _ t: Int) -> (time: Int?, instructions: Int) {
        let time = w.readyQueue.isEmpty ? nil : w.threads[t].sliceStart + World.osQuantum
        return (time, onCore.count > 1 ? World.parallelQuantum : Int.max)
    }

    func switchesAtBreakersOnly(_ w: World) -> Bool { false }

    func preemptIfDue(_ w: World, _ t: Int, _ vm: Interp) {
        guard !w.readyQueue.isEmpty, vm.process.clockNanos - w.threads[t].sliceStart >= World.osQuantum else { return }
        w.makeReady(t, vm: vm)
        w.releaseSlot(t, reason: .intervalExpired, vm: vm)
    }

    func waitForSlot(_ w: World, _ t: Int, _ vm: Interp) {
        w.threads[t].clock = max(w.threads[t].clock, w.now(vm))
        w.setState(t, .waitingForCore, vm)
    }

    func grant(_ w: World, _ t: Int, reason: GILReason, _ vm: Interp) {
        let used = Set(onCore.map { w.threads[$0].core })
        w.threads[t].core = (0..<w.cores).first { !used.contains($0) } ?? 0
        onCore.append(t)
        w.threads[t].sliceStart = w.threads[t].clock
    }

    func release(_ w: World, _ t: Int, reason: GILReason, _ vm: Interp) {
        if let i = onCore.firstIndex(of: t) { onCore.remove(at: i) }
    }

    func handOver(_ w: World, from: Int, to: Int, _ vm: Interp) {
        if let i = onCore.firstIndex(of: from) { onCore[i] = to } else { onCore.append(to) }
    }

    func keepsRunning(_ w: World, _ t: Int, _ vm: Interp) -> Bool {
        guard onCore == [t], w.readyQueue.isEmpty else { return false }
        if let d = w.nextDeadline(), d <= vm.process.clockNanos { return false }
        return true
    }

    func timersFireAtDeadline(_ w: World) -> Bool { true }

    func switchIntervalChanged(_ w: World, _ vm: Interp) {}
}
