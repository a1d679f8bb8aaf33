import Foundation
import Trace

/// The virtual machine under the processes of one run: the process table, the cores the
/// processes share, pids, and what all processes share (the trace, the scheduling decisions,
/// the output when it stays in memory). Each process is an `Interp` (heap, modules, clock)
/// with its own `World` (threads, GIL or cores, primitives); the kernel runs them in
/// parallel on virtual time, the one furthest behind first (Docs/ENGINE.md, "Processes").
final class Kernel {
    /// The process table, in creation order (slot 0 is the program's own process).
    var processes: [VirtualProcess] = []
    /// Virtual cores: up to this many processes run at the same time.
    let cores: Int
    /// The run's end (every process exited, the step budget, a deadlock, Ctrl-C).
    var ending: RunEnding?
    /// The run stops for its caller when `steps` reaches this (`Session.advance`).
    var budgetEnd = Int.max
    /// The step budget (`--max-steps`) of the whole run, every process's instructions counted:
    /// each process's own limit is moved to what is left when it runs (`limitSteps`).
    var maxSteps = Int.max
    /// Instructions run by processes while they were not the running one.
    private var accountedSteps = 0
    /// The process whose world is scheduling now, and its `steps` when it started.
    private(set) var running = 0
    private var runningStartSteps = 0
    /// The host threads lending their stacks (nil for a bare kernel).
    unowned(unsafe) var carriers: Carriers?
    var trace = Trace()
    /// The scheduling decisions of every process's world, in order (World.choose).
    var choices = ChoiceLog()
    var replay = ChoiceLog() { didSet { updateSteering() } }
    /// The explorer's strategy, asked at switch points and choices (Steering.swift); nil in
    /// ordinary runs.
    var driver: ScheduleDriver? { didSet { updateSteering() } }
    /// A replayed schedule that does not fit the program ends the run with `misfit` (`run
    /// --schedule`) instead of being dropped (the explorer's shrinking).
    var strictReplay = false
    var misfit: String?
    /// Whether a switch point may be a question (a driver, or a replayed preemption ahead):
    /// otherwise the scheduler pays one test per slice for steering.
    private(set) var steered = false
    /// The run-wide step from which the next switch point is a question.
    private(set) var questionStep = Int.max
    /// Exceptions no handler caught, in any thread, in order (the explorer's failures).
    var uncaught: [UncaughtException] = []
    var manual = false
    var pendingChoice: SchedulingChoice?
    /// The learner's pick for the pending choice (a thread's trace id).
    var manualPick: ThreadID?
    /// Output of every process when the run has no host streams (tests, the app).
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
    /// The processes on cores, and the runnable ones waiting for a core (FIFO).
    private var onCore: [Int] = []
    private var waitingForCore: [Int] = []
    /// pid → process slot.
    private var slotOfPID: [Int: Int] = [:]
    private var nextPID = VirtualProcess.firstPID
    /// Pipes, descriptor tables (pid → fd → end), semaphores, shared memory and the threads
    /// waiting on them (KernelIPC.swift).
    var pipes: [KernelPipe] = []
    var descriptors: [Int: [Int: Descriptor]] = [:]
    var semaphores: [KernelSemaphore] = []
    var sharedMemory: [[Value]] = []
    var kernelWaiters: [WaitObject: [KernelWaiter]] = [:]
    /// The virtual network's sockets (Network.swift), reached through `descriptors`.
    var network = Network()
    /// The program's path and source (a spawned child imports it again), and the pickled
    /// `Process` each spawned child starts with, by pid.
    var program: (path: String, source: String)?
    var spawnPayloads: [Int: [UInt8]] = [:]
    /// The run's virtual file system: absolute path → contents (`open`, prelude `_vfs`).
    var files: [String: [UInt8]] = [:]
    /// Processes that killed themselves with `os.kill`, by pid: the signal (their wait status).
    var killedBy: [Int: Int] = [:]
    /// Signal dispositions and pending signals by pid (Signals.swift), and how many are
    /// pending in all (the scheduler's one test before delivering).
    var signals: [Int: SignalState] = [:]
    var pendingSignals = 0
    /// Threads in `waitpid(..., WUNTRACED)`, by pid: stopped children are reported to them too.
    var untracedWaits: Set<[Int]> = []

    /// Processes alive at once: a fork past it fails as Linux's `RLIMIT_NPROC` makes it fail
    /// (`BlockingIOError: [Errno 11] Resource temporarily unavailable`).
    static let processLimit = 64
    /// Instructions a process runs before the others on cores catch up in virtual time.
    static let processQuantum = 256
    /// The OS time slice when more processes are runnable than there are cores.
    static let osQuantum = 5_000_000

    init(cores: Int) { self.cores = max(1, cores) }

    /// Whether more than one process has been created (the single-process path stays as fast
    /// as before processes existed).
    var hasChildren: Bool { processes.count > 1 }

    /// Instructions run by every process so far.
    var steps: Int {
        guard !processes.isEmpty else { return accountedSteps }
        return accountedSteps + processes[running].vm.steps - runningStartSteps
    }

    /// A copy to restart a run from (LiveRun's checkpoints, taken while there is one process):
    /// the shared state, the trace reduced to what the next records build on. The caller adds
    /// the copied process.
    func checkpointCopy() -> Kernel {
        let copy = Kernel(cores: cores)
        copy.trace = trace.withoutDetail()
        copy.choices = choices
        copy.replay = replay
        copy.strictReplay = strictReplay
        copy.manual = manual
        copy.pendingChoice = pendingChoice
        copy.manualPick = manualPick
        copy.stdout = stdout
        copy.stderr = stderr
        copy.nextPID = nextPID
        copy.files = files
        // A single process may hold pipes and sockets across a checkpoint (a server and its
        // client in one program).
        copy.pipes = pipes
        copy.descriptors = descriptors
        copy.kernelWaiters = kernelWaiters
        copy.network = network
        copy.program = program
        copy.accountedSteps = accountedSteps
        copy.maxSteps = maxSteps
        return copy
    }

    /// Recomputes where the next steering question is (after a decision, or a new replay or driver).
    func updateSteering() {
        var next = Int.max
        if choices.count < replay.count, let step = replay.nextPreemption(from: choices.count)?.step { next = step }
        if let driver { next = min(next, driver.nextQuestion(after: steps)) }
        questionStep = next
        steered = driver != nil || next != Int.max
    }

    /// `Session.advance` set a new `budgetEnd`: the running process's world stops there too
    /// (a thread paused inside a native goes on to it).
    func budgetChanged() {
        guard !processes.isEmpty else { return }
        let p = processes[running]
        let left = budgetEnd == Int.max ? Int.max : budgetEnd - steps
        p.world.budgetEnd = left >= Int.max &- p.vm.steps ? Int.max : p.vm.steps &+ left
    }

    func add(_ process: VirtualProcess) {
        slotOfPID[process.pid] = processes.count
        processes.append(process)
    }

    func allocatePID() -> Int {
        defer { nextPID += 1 }
        return nextPID
    }

    func process(pid: Int) -> VirtualProcess? { slotOfPID[pid].map { processes[$0] } }

    /// Processes holding a slot of the process limit: running ones and zombies (as Linux
    /// counts them for RLIMIT_NPROC).
    var liveCount: Int {
        processes.reduce(0) { n, p in
            if case .reaped = p.state { return n }
            return n + 1
        }
    }

    // MARK: - Output

    /// Writes a process's output: the host's streams (kept per process until flushed, as each
    /// CPython process buffers its own `sys.stdout`) or memory.
    func write(_ bytes: [UInt8], fd: Int, process pid: Int, io: ProgramIO?) {
        if !descriptors.isEmpty && writeRedirected(bytes, fd: fd, process: pid, io: io) { return }
        if let io {
            io.write(bytes, fd: fd, process: pid)
        } else if fd == 2 {
            stderr.append(contentsOf: bytes)
        } else {
            stdout.append(contentsOf: bytes)
        }
    }

    // MARK: - Scheduling processes

    /// Runs the processes until the run ends, the budget is used, a manual choice is pending,
    /// or a thread parked inside a native is picked (its carrier goes on).
    func schedule(stackThread: pthread_t?, stackFloor: UInt) -> SchedulerExit {
        while true {
            if ending != nil { return .ended }
            if steps >= budgetEnd { return .budgetUsed }
            guard let slot = pickProcess() else { continue }
            let p = processes[slot]
            switchTo(slot)
            let world = p.world
            let left = budgetEnd == Int.max ? Int.max : budgetEnd - steps
            world.budgetEnd = left >= Int.max &- p.vm.steps ? Int.max : p.vm.steps &+ left
            setQuantum(for: slot)
            limitSteps(p)
            p.vm.stackThread = stackThread
            p.vm.stackFloor = stackFloor
            let exit = world.schedule(&p.vm)
            switch exit {
            case .ended:
                if ending != nil { return .ended }
                exited(slot)
            case .idle:
                p.idle = true
                leaveCore(slot)
            case .quantumUsed:
                rotate(slot)
            case .budgetUsed, .choice, .handOff:
                return exit
            }
        }
    }

    /// With several processes, the one about to run may use only what the run's budget has
    /// left (a fork bomb or a pool of busy children cannot multiply it).
    private func limitSteps(_ p: VirtualProcess) {
        guard hasChildren, maxSteps != Int.max else { return }
        let limit = p.vm.steps &+ max(0, maxSteps - steps)
        p.vm.process.maxSteps = min(p.vm.process.maxSteps, limit)
        p.vm.stepFence = min(p.vm.stepFence, p.vm.process.maxSteps)
    }

    /// Makes `slot` the running process for step accounting.
    private func switchTo(_ slot: Int) {
        if slot == running { return }
        accountedSteps += processes[running].vm.steps - runningStartSteps
        running = slot
        runningStartSteps = processes[slot].vm.steps
    }

    /// The process to run next: among those on cores, the one furthest behind in virtual
    /// time; an idle process whose timer is due first runs at its deadline. Nil when time or
    /// the cores changed (the caller asks again) or the run ended.
    private func pickProcess() -> Int? {
        if processes.count == 1 {
            // One process: its world decides everything, as before processes existed.
            processes[0].idle = false
            return processes[0].state.isAlive ? 0 : nil
        }
        var best: (time: Int, slot: Int)?
        for slot in onCore {
            let t = processes[slot].world.processTime(processes[slot].vm)
            if best == nil || t < best!.time { best = (t, slot) }
        }
        // Idle processes with a timer: the earliest one runs when its deadline is the earliest
        // event in the machine.
        var timer: (time: Int, slot: Int)?
        for (slot, p) in processes.enumerated() where p.state.isAlive && p.idle && p.stoppedBy == nil {
            if let d = p.world.nextDeadline(), timer == nil || d < timer!.time { timer = (d, slot) }
        }
        // A timer due when the furthest-behind process has got to it fires first (that process
        // stopped there for it: `timeStop`).
        if let timer, best == nil || timer.time <= best!.time {
            let p = processes[timer.slot]
            p.vm.process.clockNanos = max(p.vm.process.clockNanos, timer.time)
            p.world.wakeTimers(upTo: timer.time, vm: p.vm)
            if p.world.hasRunnableThread { becameRunnable(timer.slot, at: timer.time) }
            return nil
        }
        if let best { return best.slot }
        if processes.contains(where: { $0.state.isAlive }) {
            deadlock()
        } else {
            finishRun()
        }
        return nil
    }

    /// Limits the process's next run: a quantum when others are on cores (so they advance
    /// together), and the earliest timer of an idle process (so it fires on time).
    private func setQuantum(for slot: Int) {
        let w = processes[slot].world
        guard hasChildren else {
            w.quantumEnd = Int.max
            w.timeStop = nil
            return
        }
        w.quantumEnd = onCore.count > 1 || !waitingForCore.isEmpty ? processes[slot].vm.steps &+ Kernel.processQuantum : Int.max
        var stop: Int?
        for p in processes where p.state.isAlive && p.idle && p.stoppedBy == nil {
            if let d = p.world.nextDeadline(), stop == nil || d < stop! { stop = d }
        }
        if !waitingForCore.isEmpty { stop = min(stop ?? Int.max, processes[slot].sliceStart + Kernel.osQuantum) }
        w.timeStop = stop
    }

    /// The process's quantum ended: with others waiting for a core and its OS slice used up,
    /// it goes to the back of the queue.
    private func rotate(_ slot: Int) {
        let p = processes[slot]
        guard !waitingForCore.isEmpty, p.world.processTime(p.vm) - p.sliceStart >= Kernel.osQuantum else { return }
        leaveCore(slot)
        waitingForCore.append(slot)
        let now = p.world.processTime(p.vm)
        p.world.showOnCore(false, p.vm, at: now)
        fillCores(now: now)
    }

    /// A process has a runnable thread again (a wake-up from another process, a child).
    func becameRunnable(_ slot: Int, at time: Int) {
        let p = processes[slot]
        guard p.state.isAlive, p.stoppedBy == nil else { return }
        p.idle = false
        if onCore.contains(slot) || waitingForCore.contains(slot) { return }
        p.world.advanceClock(to: time, &p.vm)
        waitingForCore.append(slot)
        p.world.showOnCore(false, p.vm, at: time)
        fillCores(now: time)
    }

    func isReaped(_ p: VirtualProcess) -> Bool {
        if case .reaped = p.state { return true }
        return false
    }

    func leaveCore(_ slot: Int) {
        if let i = onCore.firstIndex(of: slot) { onCore.remove(at: i) }
        if let i = waitingForCore.firstIndex(of: slot) { waitingForCore.remove(at: i) }
        let now = processes[slot].world.processTime(processes[slot].vm)
        fillCores(now: now)
    }

    private func fillCores(now: Int) {
        while onCore.count < cores, !waitingForCore.isEmpty {
            let slot = waitingForCore.removeFirst()
            let p = processes[slot]
            p.world.advanceClock(to: now, &p.vm)
            p.sliceStart = p.world.processTime(p.vm)
            onCore.append(slot)
            p.world.showOnCore(true, p.vm, at: now)
        }
    }

    /// The first process starts on a core.
    func start(_ slot: Int) {
        onCore.append(slot)
        processes[slot].sliceStart = 0
    }

    // MARK: - Exit

    /// Process `slot`'s last thread ended: it becomes a zombie until its parent reaps it (or
    /// is reaped at once when its parent is gone), its children are re-parented to init, and
    /// its parent hears of it (`wait`, SIGCHLD).
    private func exited(_ slot: Int) {
        let p = processes[slot]
        let status = p.world.ending?.status ?? 0
        leaveCore(slot)
        p.world.processEnded(p.vm)
        // The wait status of a normal exit: the code's low byte, shifted (W_EXITCODE).
        // An uncaught KeyboardInterrupt (status 130) ends a CPython process by SIGINT itself
        // (`exit_sigint`), so its parent sees a signal death (sys.exit(130) reads the same here).
        let signal = killedBy[p.pid] ?? (status == 130 && slot != 0 ? Signals.interrupt : nil)
        p.exit(waitStatus: signal.map { Int32($0) } ?? (status & 0xff) << 8, kernel: self)
        // Its memory goes (the table keeps the pid, the state and the trace's records).
        if slot != 0 { p.vm = Interp() }
        if !processes.contains(where: { $0.state.isAlive }) { finishRun() }
    }

    /// Every process has exited: the run's status is the program's own process's.
    private func finishRun() {
        guard ending == nil else { return }
        ending = processes[0].world.ending ?? RunEnding(status: 0)
    }

    /// No process can run and no timer is pending: the deadlock report of the processes that
    /// wait on each other's primitives, else of the program's process.
    private func deadlock() {
        let alive = processes.filter { $0.state.isAlive }
        let reports = alive.map { $0.world.deadlockReport($0.vm) }
        // Every process's blocked threads under its pid; the cycle of the first process that
        // has one, else the line saying nobody can wake anybody.
        var lines = ["deadlock: every thread is blocked and no timer is pending"]
        var ending: (text: String, report: World.DeadlockReport)?
        for (p, report) in zip(alive, reports) {
            var body = report.text.split(separator: "\n").map(String.init)
            let last = body.removeLast()
            lines.append("  process \(p.pid):")
            lines += body.dropFirst().map { "  " + $0 }
            if ending == nil && last.hasPrefix("cycle:") { ending = (last, report) }
        }
        let last = ending?.text ?? "no thread can wake the others: nothing left will set, notify, release or put what they wait for"
        lines.append(last)
        let text = lines.joined(separator: "\n") + "\n"
        let root = alive[0]
        root.vm.write(text, fd: 2)
        endRun(RunEnding(status: 3, deadlockReport: text, cycleThreads: ending?.report.threads ?? [],
                         cyclePrimitives: ending?.report.primitives ?? []))
    }

    /// Ends the whole run (the step budget, a deadlock, Ctrl-C, an abandoned session): every
    /// dispatch loop stops at its next instruction.
    func endRun(_ end: RunEnding) {
        guard ending == nil else { return }
        ending = end
        for p in processes where p.world.ending == nil {
            p.world.ending = end
            p.vm.stepFence = 0
        }
    }
}

/// A process of the virtual machine: its pid and parent, its state as Linux reports it, and
/// the process itself (`vm`: heap, modules, clock; `world`: threads, GIL, primitives).
final class VirtualProcess {
    /// The program's own process; its parent (the shell) is not modelled.
    static let firstPID = 4_242
    let pid: Int
    var ppid: Int
    var name: String
    var vm: Interp
    let world: World
    var state = State.running
    /// No thread can run until another process or a timer wakes one (kernel scheduling).
    var idle = false
    /// When it last got a core (time slicing).
    var sliceStart = 0
    /// The signal that stopped it (SIGSTOP, SIGTSTP) until SIGCONT; whether `waitpid` with
    /// WUNTRACED has reported the stop yet.
    var stoppedBy: Int?
    var stopReported = false

    /// Linux's process states as the lesson shows them.
    enum State: Equatable {
        case running
        /// Exited, status not collected yet by its parent.
        case zombie(Int32)
        /// Its parent collected the status (`wait`): gone from the table.
        case reaped(Int32)

        var isAlive: Bool { self == .running }
    }

    init(pid: Int, ppid: Int, name: String, vm: Interp, world: World) {
        self.pid = pid
        self.ppid = ppid
        self.name = name
        self.vm = vm
        self.world = world
    }

    /// The process ended with `status`: flushes what it buffered (a normal exit), becomes a
    /// zombie, hands its children to init and wakes a parent waiting for it.
    func exit(waitStatus status: Int32, kernel: Kernel) {
        vm.process.io?.processExited(pid, flushing: world.flushesAtExit)
        kernel.closeAll(of: pid)
        state = .zombie(status)
        let time = Int64(world.processTime(vm))
        let recording = world.recording
        // `Process.exitcode`'s reading of the wait status: the code, or minus the signal.
        let code = status & 0x7f == 0 ? Int((status >> 8) & 0xff) : -Int(status & 0x7f)
        if recording { kernel.trace.recordProcess(world.processID, .exited(exitCode: code), at: time) }
        for child in kernel.processes where child.ppid == pid {
            child.ppid = 1
            if recording { kernel.trace.recordProcess(child.world.processID, .orphaned, at: time) }
            if case .zombie(let s) = child.state {
                child.state = .reaped(s)
                if recording { kernel.trace.recordProcess(child.world.processID, .reaped, at: time) }
            }
        }
        guard let parent = kernel.process(pid: ppid), parent.state.isAlive else {
            // Orphans are reaped by init at once.
            state = .reaped(status)
            if recording { kernel.trace.recordProcess(world.processID, .reaped, at: time) }
            return
        }
        parent.world.childExited(pid, kernel: kernel, at: world.processTime(vm))
        kernel.childSignal(to: parent, at: world.processTime(vm))
    }
}
