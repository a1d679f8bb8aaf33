import Trace

/// What a process does with a signal (`signal.signal`): its default action, nothing, or the
/// Python handler the `signal` prelude keeps in `_handlers`.
enum SignalDisposition: Int {
    case standard = 0, ignore = 1, handler = 2
}

/// One process's signal dispositions and the signals sent to it whose handlers have not run.
struct SignalState {
    /// CPython installs `default_int_handler` for SIGINT at start-up (KeyboardInterrupt).
    var dispositions: [Int: SignalDisposition] = [Signals.interrupt: .handler]
    var pending: [Int] = []

    func disposition(_ signal: Int) -> SignalDisposition { dispositions[signal] ?? .standard }
}

/// Linux's signal numbers the kernel knows.
enum Signals {
    static let interrupt = 2, kill = 9, user1 = 10, user2 = 12, terminate = 15, child = 17
    static let proceed = 18, stop = 19, terminalStop = 20
    /// The signals `os.kill` may send (0 only checks that the process exists).
    static let supported: Set<Int> = [interrupt, kill, user1, user2, terminate, child, proceed, stop, terminalStop]
    /// Those whose default action is to do nothing (SIGCHLD, SIGCONT's beyond continuing).
    static let ignoredByDefault: Set<Int> = [child, proceed]
}

extension Kernel {
    /// The process's dispositions and pending signals (created on first use).
    func signalState(_ pid: Int) -> SignalState { signals[pid] ?? SignalState() }

    /// `os.kill(pid, sig)`: a handled signal is queued for the target's main thread (run
    /// between two of its instructions, as CPython runs handlers); an ignored one does nothing;
    /// otherwise the default action (SIGKILL always): the process ends, killed by it.
    func kill(pid: Int, signal: Int, from world: World, _ vm: inout Interp) throws(PyError) {
        // A zombie keeps its pid until it is reaped: signals to it succeed and do nothing.
        guard let target = process(pid: pid), !isReaped(target) else {
            throw .exception(vm.osError("ProcessLookupError", 3, "No such process"))
        }
        guard signal != 0, target.state.isAlive else { return }
        guard Signals.supported.contains(signal) else { throw .valueError("signal \(signal) is not supported by the tutor's kernel") }
        if signal == Signals.proceed { proceed(target, at: world.now(vm)) }
        let disposition = signal == Signals.kill || signal == Signals.stop ? .standard : signalState(pid).disposition(signal)
        if disposition == .standard && (signal == Signals.stop || signal == Signals.terminalStop) {
            guard target.world !== world else {
                throw .valueError("the tutor's kernel does not stop the calling process (another process can)")
            }
            stop(target, by: signal, at: world.now(vm))
            return
        }
        switch disposition {
        case .ignore: return
        case .handler:
            post(signal, to: target, at: world.now(vm))
            if target.world === world && world.current == 0 && vm.nestedDepth == 0 {
                // Its own main thread: the handler runs right after this call (the loop stops
                // after the CALL and the scheduler delivers it).
                vm.stepFence = vm.steps
            }
            return
        case .standard:
            if Signals.ignoredByDefault.contains(signal) { return }
        }
        if target.world === world {
            // The caller's own process: it dies at its next instruction, unflushed.
            world.flushesAtExit = false
            world.end(Int32(128 + signal), &vm)
            killedBy[pid] = signal
            return
        }
        let slot = processes.firstIndex { $0 === target }!
        target.world.flushesAtExit = false
        target.world.ending = RunEnding(status: Int32(128 + signal))
        target.vm.stepFence = 0
        target.idle = true
        leaveCore(slot)
        target.world.processEnded(target.vm)
        target.exit(waitStatus: Int32(signal), kernel: self)
    }

    /// Queues `signal` for `target`'s main thread; a main thread sleeping is woken for it (its
    /// sleep goes on after the handler, PEP 475), an idle process becomes runnable.
    func post(_ signal: Int, to target: VirtualProcess, at time: Int) {
        var state = signalState(target.pid)
        if !state.pending.contains(signal) { state.pending.append(signal) }
        signals[target.pid] = state
        pendingSignals += 1
        let w = target.world
        guard let main = w.threads.first, main.status == .blocked, !main.woken, main.block == .sleep,
              let slot = processes.firstIndex(where: { $0 === target }) else { return }
        let saved = w.eventTime
        w.eventTime = max(time, target.vm.process.clockNanos)
        w.wake(0, vm: target.vm)
        w.eventTime = saved
        becameRunnable(slot, at: time)
    }

    /// SIGSTOP (or SIGTSTP by default): the process stops running, its threads and timers
    /// frozen until SIGCONT; its parent hears of it (`waitpid` with WUNTRACED, SIGCHLD).
    func stop(_ target: VirtualProcess, by signal: Int, at time: Int) {
        guard target.stoppedBy == nil, let slot = processes.firstIndex(where: { $0 === target }) else { return }
        target.stoppedBy = signal
        target.stopReported = false
        target.idle = true
        leaveCore(slot)
        if let parent = process(pid: target.ppid), parent.state.isAlive {
            parent.world.childExited(target.pid, kernel: self, at: time)
            childSignal(to: parent, at: time)
        }
    }

    /// SIGCONT: a stopped process runs again from now (its timers due meanwhile fire now).
    func proceed(_ target: VirtualProcess, at time: Int) {
        guard target.stoppedBy != nil, let slot = processes.firstIndex(where: { $0 === target }) else { return }
        target.stoppedBy = nil
        target.world.advanceClock(to: time, &target.vm)
        if target.world.hasRunnableThread { becameRunnable(slot, at: time) }
    }

    /// A child exited: its parent hears of it by SIGCHLD when it handles that signal.
    func childSignal(to parent: VirtualProcess, at time: Int) {
        guard signalState(parent.pid).disposition(Signals.child) == .handler else { return }
        post(Signals.child, to: parent, at: time)
    }
}

extension World {
    /// Runs the handlers of the signals pending for this process in its main thread (`t` 0,
    /// just picked to run), as CPython's eval breaker does (`_PyErr_CheckSignals`). A sleep it
    /// was woken from goes on for the time left (PEP 475) unless a handler raised; an exception
    /// from a handler is raised where the main thread is. True when the scheduler must pick again.
    func deliverSignals(_ t: Int, _ vm: inout Interp) -> Bool {
        guard t == 0, var state = kernel.signals[pid], !state.pending.isEmpty,
              carriers?.isParked(0, self) != true, !threads.isEmpty else { return false }
        let fromSleep = threads[0].woken && threads[0].block == .sleep
        // Another blocking call completes first; the handlers run when the thread next runs.
        if threads[0].woken && !fromSleep { return false }
        let pending = state.pending
        state.pending = []
        kernel.signals[pid] = state
        kernel.pendingSignals -= pending.count
        vm.stepFence = vm.process.maxSteps
        var raised: Value?
        for signal in pending {
            do throws(PyError) {
                try runHandler(signal, &vm)
            } catch {
                raised = vm.exceptionValue(error)
                break
            }
            if ending != nil { return true }
        }
        if fromSleep {
            if raised == nil, let deadline = threads[0].blockDeadline, deadline > now(vm) {
                threads[0].woken = false
                threads[0].timedOut = false
                setDeadline(0, deadline)
                enterBlock(0, vm)
                return true
            }
            if raised == nil { return false }
            threads[0].woken = false
            threads[0].timedOut = false
            threads[0].block = nil
            threads[0].deadline = nil
            threads[0].blockDeadline = nil
        }
        guard let exc = raised else { return false }
        if case .raised(let e)? = vm.unwind(exc, addTraceback: true, stopDepth: 1) {
            threadEnded(0, .raised(e), &vm)
        }
        return true
    }
}

extension World {
    /// Calls the handler the `signal` prelude keeps for `signal` (CPython's default SIGINT
    /// handler is C code: its KeyboardInterrupt is raised here, with no Python frame).
    private func runHandler(_ signal: Int, _ vm: inout Interp) throws(PyError) {
        guard let module = vm.process.modules["signal"] else {
            if signal == Signals.interrupt { throw .exception(vm.newException("KeyboardInterrupt", nil)) }
            return
        }
        let handlers = try vm.getAttr(module, "_handlers")
        let handler = try vm.callValue(try vm.getAttr(handlers, "get"), [.int(signal)], [])
        if handler.isIdentical(to: try vm.getAttr(module, "default_int_handler")) {
            throw .exception(vm.newException("KeyboardInterrupt", nil))
        }
        guard case .object = handler else { return }
        _ = try vm.callValue(handler, [.int(signal), .none], [])
    }

    /// `signal.signal`'s record of a disposition, which the kernel acts on.
    static let signalNatives: [NativeEntry] = [
        NativeEntry(name: "signal:_set_disposition") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 2, let d = SignalDisposition(rawValue: try vm.intArg(args[1])) else {
                throw .typeError("_set_disposition(signum, disposition)")
            }
            var state = w.kernel.signalState(vm.process.pid)
            state.dispositions[try vm.intArg(args[0])] = d
            w.kernel.signals[vm.process.pid] = state
            return .none
        },
    ]
}
