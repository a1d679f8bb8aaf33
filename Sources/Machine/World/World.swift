import PyLang
import Trace

/// The virtual world under the interpreter: the threads of the process, its GIL (or, with
/// `--no-gil`, its cores), the primitives and the virtual clock, plus the trace they record.
///
/// `Interp` stays the process and holds exactly one thread's context at a time (`frames`,
/// `handled`, nesting depths); switching threads swaps those arrays in and out (O(1)), so the
/// dispatch loop is untouched. See Docs/DECISIONS.md, "The scheduler".
final class World {
    // MARK: Options
    let cores: Int
    /// The GIL's switch interval in virtual nanoseconds (`setSwitchInterval`).
    var switchInterval = 5_000_000
    /// `sys.getswitchinterval()` in microseconds, as CPython keeps it (ceval_gil.h `interval`).
    var switchIntervalMicros: UInt64 = 5_000
    /// `--switch-points every`: a switch may happen before any instruction.
    let everyInstruction: Bool
    /// The GIL or free-threaded cores: who may run (RunPolicy.swift).
    private(set) var policy: RunPolicy
    var noGIL: Bool { !policy.hasGIL }
    /// Record line steps with frames (the run view); plain runs do not.
    let watched: Bool

    // MARK: State
    var threads: [PythonThread] = []
    var primitives: [Primitive] = []
    /// A condition's lock (condition index → lock index).
    var conditionLock: [Int: Int] = [:]
    /// The thread whose context is in the `Interp`.
    var current = 0
    /// Ready threads waiting for the GIL (or a core), in arrival order.
    var readyQueue: [Int] = []
    /// A native asked the current thread to block (the loop stopped after its call).
    var pendingBlock = false
    /// The run stops for its caller when `Interp.steps` reaches this (`Session.advance`).
    var budgetEnd = Int.max
    /// The host threads lending their stacks to threads stopped inside natives (a run under a
    /// `Session`; nil for a bare world).
    unowned(unsafe) var carriers: Carriers?
    /// Virtual time of an event the scheduler itself causes (a timer), else the running clock.
    var eventTime: Int?
    /// The machine under the processes: the trace and the decision log are its, shared by
    /// every process's world.
    unowned(unsafe) let kernel: Kernel
    var trace: Trace {
        get { kernel.trace }
        _modify { yield &kernel.trace }
        set { kernel.trace = newValue }
    }
    /// Whether the trace records the run (`--timeline`, `--trace-json`, the run view); a plain
    /// run prints nothing of it, so it records nothing per step.
    let recording: Bool
    var ending: RunEnding?
    var mainStatus: Int32?
    /// `threading._register_atexit` hooks (thread pools join their workers there): not run yet,
    /// running on the main thread after its last line, or done.
    var threadingExit = ThreadingExit.pending
    enum ThreadingExit { case pending, running, done }
    /// The scheduling decisions made so far (their count and the picks against the automatic
    /// rule); the first `replay.count` decisions follow `replay`.
    var choices: ChoiceLog {
        get { kernel.choices }
        _modify { yield &kernel.choices }
        set { kernel.choices = newValue }
    }
    var replay: ChoiceLog {
        get { kernel.replay }
        set { kernel.replay = newValue }
    }
    var manual: Bool { kernel.manual }
    var pendingChoice: SchedulingChoice? {
        get { kernel.pendingChoice }
        set { kernel.pendingChoice = newValue }
    }
    var manualPick: ThreadID? {
        get { kernel.manualPick }
        set { kernel.manualPick = newValue }
    }
    /// Watched runs: the (frame depth, line) each thread last recorded a step at.
    var lastStep: [Int: (Int, Int)] = [:]
    /// The process these threads belong to (its pid), and where its threads' and primitives'
    /// trace ids start (ids are unique across the processes of a run).
    let processID: ProcessID
    let pid: Int
    let tidBase: Int
    let primBase: Int
    /// Set by the kernel while other processes run: this world's scheduler returns to it when
    /// `Interp.steps` reaches `quantumEnd` or its clock reaches `timeStop`.
    var quantumEnd = Int.max
    var timeStop: Int?
    /// The main module's globals (naming primitives).
    var mainGlobals: ObjectRef?
    /// The scheduler's own seeded generator (splitmix64; separate from `random`'s state).
    var rngState: UInt64 = 0
    /// The result a thread suspended in a nested scheduler gets when it continues.
    var resumeValue: Value = .none
    /// The exception it raises instead (an exception switched into a greenlet).
    var resumeError: Value?
    /// A Ctrl-C's `KeyboardInterrupt`, waiting for the main thread to run (World+Interrupt.swift).
    var interruptMain: Value?
    /// Thread index → its `.thread` trace primitive (join, start).
    var threadPrimitives: [Int: Int] = [:]
    /// The threads that may have a timeout (`setDeadline`; pruned when found without one).
    var timedThreads: Set<Int> = []
    /// Greenlets started so far (their lanes are numbered).
    var greenletsMade = 0
    /// asyncio tasks with a lane in the trace (heap index of the task → lane id, TaskLanes.swift).
    var taskLanes: [UInt32: ThreadID] = [:]

    /// Instructions a free-threaded thread runs before the others catch up in virtual time.
    static let parallelQuantum = 64
    /// The OS time slice for free-threaded runs with more ready threads than cores.
    static let osQuantum = 5_000_000
    /// Virtual cost of `Thread.start()` to the starting thread (pthread_create and the
    /// bootstrap handshake): 40 us plus up to 40 us drawn from the seeded generator.
    static let threadStartCost = 40_000
    static let threadStartJitter = 40_000
    /// Free-threaded runs: virtual time from a wake-up (lock, event, queue, sleep's end) to
    /// the woken thread running again.
    static let wakeLatency = 20_000
    /// Longest uninterrupted run of the dispatch loop.
    static let chunk = 1_000_000

    init(kernel: Kernel, process: Int, slot: Int, cores: Int, switchInterval: Double, everyInstruction: Bool, noGIL: Bool,
         watched: Bool, recording: Bool = true) {
        self.kernel = kernel
        // Trace ids number processes from 1 in creation order; `os.getpid()` is the kernel's pid.
        processID = ProcessID(Int32(truncatingIfNeeded: slot + 1))
        self.pid = process
        // Each process numbers up to 65,536 threads and primitives before its ids wrap (the
        // conversion truncates: a run with more processes only shares trace ids, never traps).
        tidBase = slot << 16
        primBase = slot << 16
        self.cores = max(1, cores)
        self.everyInstruction = everyInstruction
        policy = noGIL ? FreeThreadedPolicy() : GILPolicy()
        self.watched = watched
        self.recording = recording
        // `--switch-interval` (validated positive by the CLI) is clamped, not wrapped as
        // `sys.setswitchinterval` wraps it: `inf` means never, not 1 microsecond.
        let micros = 1e6 * switchInterval
        setSwitchInterval(micros: micros < 0x1p64 ? UInt64(max(0, micros)) : UInt64.max)
    }

    /// A copy of the world to restart a run from (LiveRun's checkpoints): every field copied,
    /// the trace reduced to what the next records build on (no detail).
    func checkpointCopy(kernel: Kernel) -> World {
        let copy = World(kernel: kernel, process: pid, slot: tidBase >> 16, cores: cores, switchInterval: 0,
                         everyInstruction: everyInstruction, noGIL: noGIL, watched: watched, recording: recording)
        copy.switchInterval = switchInterval
        copy.switchIntervalMicros = switchIntervalMicros
        copy.threads = threads
        copy.primitives = primitives
        copy.conditionLock = conditionLock
        copy.current = current
        copy.policy = policy.copy()
        copy.readyQueue = readyQueue
        copy.pendingBlock = pendingBlock
        copy.eventTime = eventTime
        copy.ending = ending
        copy.mainStatus = mainStatus
        copy.threadingExit = threadingExit
        copy.lastStep = lastStep
        copy.mainGlobals = mainGlobals
        copy.rngState = rngState
        copy.resumeValue = resumeValue
        copy.threadPrimitives = threadPrimitives
        copy.resumeError = resumeError
        copy.taskLanes = taskLanes
        copy.greenletsMade = greenletsMade
        copy.timedThreads = timedThreads
        return copy
    }

    /// Whether a native's Swift frame holds heap values the collector cannot see: a thread is
    /// parked inside a native (its carrier's stack holds them).
    var holdsSwiftValues: Bool { carriers?.parked.isEmpty == false }

    /// Set by a policy that found no runnable thread while other processes exist: the
    /// scheduler returns `.idle` to the kernel instead of advancing time or reporting a deadlock.
    var idle = false
    /// False after `os._exit`: the process's buffered output is lost.
    var flushesAtExit = true

    /// Whether a thread runs or waits only for the GIL (or a core).
    var hasRunnableThread: Bool { !readyQueue.isEmpty || threads.contains { $0.status == .running } }

    /// The kernel took this process off its core or gave it one: its running thread shows
    /// as waiting for a core meanwhile (the GIL stays with it).
    func showOnCore(_ onCore: Bool, _ vm: Interp, at time: Int) {
        // Recorded at the kernel's time: this process's clock may already be ahead of it.
        let saved = eventTime
        eventTime = time
        defer { eventTime = saved }
        for t in threads.indices {
            switch threads[t].status {
            case .running: setState(t, onCore ? .running(core: threads[t].core) : .waitingForCore, vm)
            // Free-threaded, a thread that is not running waits for a core either way.
            case .ready where policy.hasGIL, .new where policy.hasGIL: setState(t, onCore ? .waitingForGIL : .waitingForCore, vm)
            default: break
            }
        }
    }

    /// The process exited or was killed: every thread it had ends with it, the GIL with them.
    func processEnded(_ vm: Interp) {
        for t in threads.indices where threads[t].status != .finished {
            releaseSlot(t, reason: .threadFinished, vm: vm)
            threads[t].status = .finished
            setState(t, .finished, vm)
        }
    }

    /// Whether this is the program's own process (Ctrl-C goes to it).
    var isRootProcess: Bool { tidBase == 0 }

    /// The process's virtual time: the GIL holder's clock, or the earliest of the threads on
    /// cores when free-threaded.
    func processTime(_ vm: Interp) -> Int {
        guard policy.threadClocks else { return vm.process.clockNanos }
        return threads.indices.filter { threads[$0].status == .running }.map { clock(of: $0, vm) }.min() ?? vm.process.clockNanos
    }

    /// Another process woke this idle one at `time`: its clock catches up (it did nothing
    /// meanwhile).
    func advanceClock(to time: Int, _ vm: inout Interp) {
        vm.process.clockNanos = max(vm.process.clockNanos, time)
        if policy.threadClocks {
            for t in threads.indices where threads[t].status != .finished && t != current {
                threads[t].clock = max(threads[t].clock, time)
            }
        }
    }

    func forEachRoot(_ body: (Value) -> Void) {
        for t in threads where t.id != current {
            for f in t.frames { f.forEachValue(body) }
            body(t.handled)
        }
        for t in threads {
            body(t.object)
            body(t.greenlet)
            body(t.transfer)
            if let e = t.transferError { body(e) }
        }
        for p in primitives { body(p.object) }
        if let e = interruptMain { body(e) }
        if let e = resumeError { body(e) }
    }

    func now(_ vm: Interp) -> Int { eventTime ?? vm.process.clockNanos }

    // MARK: - Threads

    /// Creates the main thread from the `Interp`'s current context.
    func addMainThread(_ vm: inout Interp) {
        var main = PythonThread(id: 0, name: "MainThread", daemon: false, ident: World.ident(tidBase), tid: tid(0))
        main.status = .running
        threads = [main]
        current = 0
        let time = vm.process.clockNanos
        trace.addThread(ThreadInfo(id: main.tid, process: processID, name: main.name), at: Int64(time))
        policy.start(self, main: 0, at: time)
        trace.setState(main.tid, .running(core: 0), line: line(of: 0, vm), at: Int64(time))
    }

    static func ident(_ id: Int) -> Int { 139_846_219_000_000 + id * 8_392_704 }

    /// The source line thread `t` is at (its innermost frame of the program's own files).
    func line(of t: Int, _ vm: Interp) -> Int {
        let frames = t == current ? vm.frames : threads[t].frames
        guard let f = frames.last(where: { !$0.code.filename.hasPrefix("<") }) ?? frames.last else { return 0 }
        if f.line > 0 { return f.line }
        // Before its first instruction (RESUME carries no line): the code's first line.
        return Int(f.code.lines.first { $0 > 0 } ?? 0)
    }

    func setState(_ t: Int, _ state: ThreadState, _ vm: Interp) {
        guard recording else { return }
        trace.setState(threads[t].tid, state, line: line(of: t, vm), at: Int64(now(vm)))
    }

    /// Swaps thread `t`'s context into the `Interp`.
    func swapIn(_ t: Int, _ vm: inout Interp) {
        if current == t { return }
        let c = current
        swap(&threads[c].frames, &vm.frames)
        swap(&threads[c].handled, &vm.handled)
        threads[c].nestedDepth = vm.nestedDepth
        threads[c].nativeDepth = vm.nativeDepth
        swap(&vm.frames, &threads[t].frames)
        swap(&vm.handled, &threads[t].handled)
        vm.nestedDepth = threads[t].nestedDepth
        vm.nativeDepth = threads[t].nativeDepth
        if policy.threadClocks {
            threads[c].clock = vm.process.clockNanos
            vm.process.clockNanos = threads[t].clock
        }
        current = t
    }

    /// The thread became ready: it waits for the GIL (or a core).
    func makeReady(_ t: Int, vm: Interp) {
        threads[t].status = .ready
        policy.waitForSlot(self, t, vm)
        readyQueue.append(t)
    }

    /// Gives the GIL (or a core) to `t`, which was ready.
    func grant(_ t: Int, reason: GILReason, vm: Interp) {
        if let i = readyQueue.firstIndex(of: t) { readyQueue.remove(at: i) }
        threads[t].hasStarted = true
        threads[t].status = .running
        policy.grant(self, t, reason: reason, vm)
        let savedTime = eventTime
        if policy.threadClocks { eventTime = threads[t].clock }
        setState(t, .running(core: threads[t].core), vm)
        if let s = threads[t].starter {
            threads[t].starter = nil
            wake(s, vm: vm)
        }
        eventTime = savedTime
    }

    /// The running thread stops running (blocked, finished or preempted).
    func releaseSlot(_ t: Int, reason: GILReason, vm: Interp) {
        policy.release(self, t, reason: reason, vm)
    }

    // MARK: - Choosing

    /// The next number of the scheduler's seeded generator.
    func nextRandom() -> UInt64 {
        rngState &+= 0x9E37_79B9_7F4A_7C15
        return World.mix(rngState)
    }

    /// What `nextRandom` will return next, without drawing it (the explorer's drivers are told
    /// the automatic rule's pick).
    func peekRandom() -> UInt64 { World.mix(rngState &+ 0x9E37_79B9_7F4A_7C15) }

    private static func mix(_ state: UInt64) -> UInt64 {
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Picks who goes next among `candidates` (index into it): a replayed decision, the
    /// learner's pick, else the automatic rule. Counts every decision among several and keeps
    /// only those that differ from the rule, so the log does not grow with a run's length.
    func choose(_ candidates: [Int], question: String, vm: Interp, allowManual: Bool, fifo: Bool = false) -> Int? {
        if candidates.count == 1 { return 0 }
        let ids = candidates.map { threads[$0].tid }
        var pick: Int?
        if choices.count < replay.count {
            // A replayed decision: its pick, or (none recorded) the automatic rule below.
            pick = replayedPick(ids, vm: vm)
        } else if !fifo, let driver = kernel.driver {
            // A forced switch stays FIFO (the GIL's fairness): a driver that overrode it could
            // starve a thread forever behind one that spins.
            let automatic = Int(peekRandom() % UInt64(candidates.count))
            let wanted = driver.choose(step: kernel.steps, candidates: ids, automatic: automatic)
            pick = ids.indices.contains(wanted) ? wanted : nil
        } else if manual && allowManual {
            guard let wanted = manualPick, let i = ids.firstIndex(of: wanted) else {
                pendingChoice = SchedulingChoice(time: Int64(now(vm)), candidates: ids, question: question)
                return nil
            }
            manualPick = nil
            pendingChoice = nil
            pick = i
        }
        // A free GIL (its holder blocked) goes to whichever waiter the OS wakes first in
        // CPython: a seeded draw. Forced switches (`fifo`) hand it to the longest waiter. The
        // draw happens for every decision, replayed or manual too, so the generator stays in
        // step and a replay reproduces the run.
        let drawn = fifo ? 0 : Int(nextRandom() % UInt64(candidates.count))
        let chosen = pick ?? drawn
        if chosen == drawn { choices.appendAutomatic() } else { choices.appendPick(ids[chosen]) }
        return chosen
    }

    // MARK: - Timers

    func nextDeadline() -> Int? {
        var best: Int?
        var stale: [Int] = []
        for i in timedThreads {
            guard let d = threads[i].deadline else { stale.append(i); continue }
            if threads[i].status == .blocked && !threads[i].woken, best == nil || d < best! { best = d }
        }
        for i in stale { timedThreads.remove(i) }
        return best
    }

    /// Sets thread `t`'s timeout (nil: none). The threads with one are kept in `timedThreads`,
    /// so finding the next timer looks at those only, not at every thread (10,000 greenlets).
    func setDeadline(_ t: Int, _ deadline: Int?) {
        threads[t].deadline = deadline
        if deadline != nil { timedThreads.insert(t) }
    }

    /// Wakes every timed wait due at or before `time`, earliest first (ties: lowest thread).
    func wakeTimers(upTo time: Int, vm: Interp) {
        while true {
            var due: Int?
            for i in timedThreads where threads[i].status == .blocked && !threads[i].woken {
                guard let d = threads[i].deadline, d <= time else { continue }
                if let u = due, let du = threads[u].deadline, du < d || (du == d && u < i) { continue }
                due = i
            }
            guard let t = due else { return }
            let saved = eventTime
            if policy.timersFireAtDeadline(self) { eventTime = threads[t].deadline }
            let isSleep = threads[t].block == .sleep
            wake(t, timedOut: !isSleep, vm: vm)
            eventTime = saved
        }
    }
}
