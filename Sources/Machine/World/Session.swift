import PyLang
import Trace

/// One program run under the scheduler: the kernel and its process table, starting with the
/// program's own process (`Interp`) and its world. `ProgramRun` drives it to the end in one
/// go; `LiveRun` advances it bit by bit.
final class Session {
    let kernel: Kernel
    /// The program's own process (the first in the kernel's table).
    let root: VirtualProcess
    var world: World { root.world }
    var vm: Interp {
        get { root.vm }
        _modify { yield &root.vm }
    }
    /// Set when the program could not start (a SyntaxError).
    private var failed: RunResult?
    /// The host's streams (`concurrency-tutor run`), else the output stays in memory.
    private let io: ProgramIO?
    /// The host threads the run executes on (Carriers.swift); the caller only waits.
    private var carriers: Carriers!

    /// `recording: false` (a plain run) keeps no trace; a watched run keeps the latest
    /// `LiveRun.detailWindow` changes in detail, a traced one the first `Trace.defaultDetailLimit`.
    init(path: String, source: String, arguments: [String], options: RunOptions, stdin: [UInt8], watched: Bool,
         recording: Bool = true, detailWindow: Int = LiveRun.detailWindow, choices: ChoiceLog = [], io: ProgramIO? = nil) {
        self.io = io
        kernel = Kernel(cores: options.cores)
        let pid = kernel.allocatePID()
        let world = World(kernel: kernel, process: pid, slot: 0, cores: options.cores, switchInterval: options.switchInterval,
                          everyInstruction: options.switchPoints == .every, noGIL: options.noGIL, watched: watched,
                          recording: recording)
        root = VirtualProcess(pid: pid, ppid: 1, name: "MainProcess", vm: Interp(), world: world)
        kernel.add(root)
        kernel.start(0)
        defer {
            carriers = Carriers(session: self)
            kernel.carriers = carriers
            world.carriers = carriers
        }
        kernel.trace = Trace(policy: watched ? .latestChanges(detailWindow) : .firstChanges(Trace.defaultDetailLimit))
        kernel.replay = choices
        kernel.program = (path, source)
        kernel.maxSteps = options.maxSteps
        kernel.trace.labelProcess(world.processID, "pid \(pid)")
        if recording { kernel.trace.recordProcess(world.processID, .started(pid: pid, parent: nil, parentPID: 1), at: 0) }
        world.rngState = options.seed ^ 0x5DEE_CE66_D1CE_5EED
        let code: CodeObject
        do { code = try CompileCache.code(source: source, filename: ProgramRun.displayName(path)) } catch let e as SyntaxError {
            var text = e.pythonFormatted
            if !text.hasSuffix("\n") { text += "\n" }
            fail(text)
            return
        } catch {
            fail("\(error)\n")
            return
        }
        CompileCache.compileImportsAhead(of: code)
        vm.process.stdin = stdin
        vm.process.io = io
        vm.process.argv = [path] + arguments
        vm.process.maxSteps = options.maxSteps
        vm.process.frameShortcuts = options.frameShortcuts
        vm.stepFence = options.maxSteps
        vm.heap.memoryLimit = options.memoryLimit
        vm.process.randomState = options.seed
        vm.process.sources[code.filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        vm.world = world
        vm.process.pid = pid
        vm.setUpBuiltins()
        let globals = vm.heap.alloc(.dict(PyDict()))
        try? vm.dictSet(globals, "__name__", vm.heap.newStr("__main__"))
        try? vm.dictSet(globals, "__file__", vm.heap.newStr(path))
        // The main module's `__builtins__` is the builtins module (other modules get its dict).
        try? vm.dictSet(globals, "__builtins__", (try? vm.builtinsModule()) ?? .object(vm.process.builtins))
        try? vm.dictSet(globals, "__doc__", .none)
        // `sys.modules['__main__']` (pickle finds the program's functions and classes there).
        vm.process.modules["__main__"] = vm.heap.newVM(.module(PyModule(name: "__main__", dict: globals)))
        var frame = Frame(code: code, globals: globals, locals: globals)
        frame.caller = .native
        vm.frames = [frame]
        world.mainGlobals = globals
        world.addMainThread(&vm)
        // CPython reports them while compiling, before the program prints anything.
        try? vm.reportCompileWarnings(code)
    }

    /// A session continuing from a checkpoint (see `LiveRun`): the process as it was then and
    /// a fresh copy of its world, so the checkpoint can be restored again.
    init(restoring checkpoint: Checkpoint) {
        io = nil
        kernel = checkpoint.kernel.checkpointCopy()
        let world = checkpoint.world.checkpointCopy(kernel: kernel)
        root = VirtualProcess(pid: world.pid, ppid: 1, name: "MainProcess", vm: checkpoint.vm, world: world)
        root.vm.world = world
        kernel.add(root)
        kernel.start(0)
        carriers = Carriers(session: self)
        kernel.carriers = carriers
        world.carriers = carriers
    }

    /// Ends the run where it is and lets its host threads go (a run view closed before its
    /// program ended). Idempotent; a run that ended has nothing left to close.
    func close() {
        carriers?.shutDown()
    }

    /// The run as it was between two `advance` calls: enough to run it again from there.
    struct Checkpoint {
        let vm: Interp
        let world: World
        let kernel: Kernel
        /// The trace's change count and the instructions run when it was taken.
        let change: Int
        let steps: Int
    }

    /// Whether a checkpoint can be taken now: no thread is stopped inside a native (a
    /// carrier's Swift stack cannot be copied), and the program has not forked (a checkpoint
    /// holds one process; a run with children restarts from an earlier one and replays).
    var canCheckpoint: Bool { vm.nestedDepth == 0 && !world.holdsSwiftValues && !kernel.hasChildren }

    /// A checkpoint of the run now (between `advance` calls, when `canCheckpoint`).
    func checkpoint() -> Checkpoint {
        var process = vm
        // The checkpoint must not keep the live world (and its trace) alive.
        process.world = nil
        let kernelCopy = kernel.checkpointCopy()
        return Checkpoint(vm: process, world: world.checkpointCopy(kernel: kernelCopy), kernel: kernelCopy,
                          change: world.trace.changeCount, steps: vm.steps)
    }

    private func fail(_ text: String) {
        if let io {
            io.write(Array(text.utf8), fd: 2)
            failed = RunResult(stdout: [], stderr: [], status: 1)
        } else {
            failed = RunResult(stdout: [], stderr: Array(text.utf8), status: 1)
        }
        world.ending = RunEnding(status: 1)
        kernel.ending = RunEnding(status: 1)
        world.trace.recordOutput(text, stream: .stderr, thread: world.tid(0), at: 0)
    }

    var ending: RunEnding? { kernel.ending }

    /// After a strict replay (`run --schedule`) ended: decisions left over, or a run of another
    /// length, mean the schedule was made for another program; the run's status becomes 2.
    func checkReplayEnd(steps expected: Int) {
        guard kernel.strictReplay, kernel.misfit == nil else { return }
        let reason: String
        if kernel.choices.count != kernel.replay.count {
            reason = "the run made \(kernel.choices.count) scheduling decisions; the schedule has \(kernel.replay.count)"
        } else if kernel.steps != expected {
            reason = "the run ended at step \(kernel.steps); the schedule's run ended at step \(expected)"
        } else {
            return
        }
        let text = "concurrency-tutor: schedule does not fit the program: \(reason)\n"
        kernel.misfit = text
        io?.flushAll()
        kernel.write(Array(text.utf8), fd: 2, process: root.pid, io: io)
        kernel.ending = RunEnding(status: 2)
    }

    /// Runs at most about `instructions` instructions (stops early at a pending choice or the end).
    @discardableResult
    func advance(instructions: Int) -> SchedulerExit {
        if kernel.ending != nil { return .ended }
        let n = max(1, instructions)
        let steps = kernel.steps
        kernel.budgetEnd = n >= Int.max &- steps ? Int.max : steps &+ n
        kernel.budgetChanged()
        return carriers.advance()
    }

    var result: RunResult {
        if let failed { return failed }
        return RunResult(stdout: kernel.stdout, stderr: kernel.stderr, status: kernel.ending?.status ?? 0)
    }
}
