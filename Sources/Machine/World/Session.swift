import PyLang
import Trace

/// One program run under the scheduler: the process (`Interp`) and its world. `ProgramRun`
/// drives it to the end in one go; `LiveRun` advances it bit by bit.
final class Session {
    var vm = Interp()
    let world: World
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
        defer {
            carriers = Carriers(session: self)
            world.carriers = carriers
        }
        world = World(cores: options.cores, switchInterval: options.switchInterval,
                      everyInstruction: options.switchPoints == .every, noGIL: options.noGIL, watched: watched,
                      recording: recording)
        world.trace = Trace(policy: watched ? .latestChanges(detailWindow) : .firstChanges(Trace.defaultDetailLimit))
        world.replay = choices
        world.rngState = options.seed ^ 0x5DEE_CE66_D1CE_5EED
        let code: CodeObject
        do { code = try compile(source: source, filename: ProgramRun.displayName(path)) } catch let e as SyntaxError {
            var text = e.pythonFormatted
            if !text.hasSuffix("\n") { text += "\n" }
            fail(text)
            return
        } catch {
            fail("\(error)\n")
            return
        }
        vm.process.stdin = stdin
        vm.process.io = io
        vm.process.argv = [path] + arguments
        vm.process.maxSteps = options.maxSteps
        vm.stepFence = options.maxSteps
        vm.heap.memoryLimit = options.memoryLimit
        vm.process.randomState = options.seed
        vm.process.sources[code.filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        vm.world = world
        vm.setUpBuiltins()
        let globals = vm.heap.alloc(.dict(PyDict()))
        try? vm.dictSet(globals, "__name__", vm.heap.newStr("__main__"))
        try? vm.dictSet(globals, "__file__", vm.heap.newStr(path))
        try? vm.dictSet(globals, "__builtins__", .object(vm.process.builtins))
        try? vm.dictSet(globals, "__doc__", .none)
        var frame = Frame(code: code, globals: globals, locals: globals)
        frame.caller = .native
        vm.frames = [frame]
        world.mainGlobals = globals
        world.addMainThread(&vm)
    }

    /// A session continuing from a checkpoint (see `LiveRun`): the process as it was then and
    /// a fresh copy of its world, so the checkpoint can be restored again.
    init(restoring checkpoint: Checkpoint) {
        io = nil
        world = checkpoint.world.checkpointCopy()
        vm = checkpoint.vm
        vm.world = world
        carriers = Carriers(session: self)
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
        /// The trace's change count and the instructions run when it was taken.
        let change: Int
        let steps: Int
    }

    /// Whether a checkpoint can be taken now: no thread is stopped inside a native (a
    /// carrier's Swift stack cannot be copied).
    var canCheckpoint: Bool { vm.nestedDepth == 0 && !world.holdsSwiftValues }

    /// A checkpoint of the run now (between `advance` calls, when `canCheckpoint`).
    func checkpoint() -> Checkpoint {
        var process = vm
        // The checkpoint must not keep the live world (and its trace) alive.
        process.world = nil
        return Checkpoint(vm: process, world: world.checkpointCopy(), change: world.trace.changeCount, steps: vm.steps)
    }

    private func fail(_ text: String) {
        if let io {
            io.write(Array(text.utf8), fd: 2)
            failed = RunResult(stdout: [], stderr: [], status: 1)
        } else {
            failed = RunResult(stdout: [], stderr: Array(text.utf8), status: 1)
        }
        world.ending = RunEnding(status: 1)
        world.trace.recordOutput(text, stream: .stderr, thread: ThreadID(0), at: 0)
    }

    var ending: RunEnding? { world.ending }

    /// Runs at most about `instructions` instructions (stops early at a pending choice or the end).
    @discardableResult
    func advance(instructions: Int) -> SchedulerExit {
        if world.ending != nil { return .ended }
        let n = max(1, instructions)
        world.budgetEnd = n >= Int.max &- vm.steps ? Int.max : vm.steps &+ n
        return carriers.advance()
    }

    var result: RunResult {
        if let failed { return failed }
        return RunResult(stdout: vm.process.stdout, stderr: vm.process.stderr, status: world.ending?.status ?? 0)
    }
}
