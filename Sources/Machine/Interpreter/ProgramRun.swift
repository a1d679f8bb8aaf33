import Foundation
import PyLang
import Trace

/// What a program run produced: the bytes written to stdout and stderr, and the exit status.
public struct RunResult: Sendable {
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    public var status: Int32
}

/// The engine's entry points for the CLI and the app.
public enum ProgramRun {
    /// Runs `source` as `python3 path arguments...` would. With `io` the program's streams
    /// are the host's (the result then holds no output), else in memory.
    /// `schedule` replays a run's decisions exactly (`run --schedule`): a schedule that does not
    /// fit the program ends the run with status 2 and the step it failed at on stderr.
    public static func run(path: String, source: String, arguments: [String], options: RunOptions = RunOptions(),
                           stdin: [UInt8] = [], io: ProgramIO? = nil, schedule: Schedule? = nil) -> RunResult {
        final class Box: @unchecked Sendable { var result = RunResult(stdout: [], stderr: [], status: 0) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let session = Session(path: path, source: source, arguments: arguments, options: options, stdin: stdin, watched: false,
                                  recording: false, choices: schedule?.decisions ?? [], io: io)
            session.kernel.strictReplay = schedule != nil
            while session.ending == nil { session.advance(instructions: Int.max) }
            if let schedule { session.checkReplayEnd(steps: schedule.steps) }
            io?.flushAll()
            // The caller has the result before the session's heap is freed (2-4% of a run's
            // instructions): `concurrency-tutor run` prints it and exits without waiting.
            withExtendedLifetime(session) {
                box.result = session.result
                done.signal()
            }
        }
        thread.start()
        done.wait()
        return box.result
    }

    /// The `dis` listing of a file, or its SyntaxError report (status 1).
    public static func disassembly(path: String, source: String) -> RunResult {
        do {
            let code = try compile(source: source, filename: displayName(path))
            return RunResult(stdout: Array(disassemble(code).utf8), stderr: [], status: 0)
        } catch let e as SyntaxError {
            let text = e.pythonFormatted
            return RunResult(stdout: [], stderr: Array((text.hasSuffix("\n") ? text : text + "\n").utf8), status: 1)
        } catch {
            return RunResult(stdout: [], stderr: Array("\(error)\n".utf8), status: 1)
        }
    }

    static func displayName(_ path: String) -> String { path }

    /// Runs a program in memory with `driver` making its scheduling decisions, after replaying
    /// `replay` (leniently: a replay that stops fitting is dropped), and reports what the
    /// explorer needs: the output, the decisions (its schedule), the uncaught exceptions.
    /// Runs on the caller's thread (the session's carriers host the interpreter).
    public static func runSteered(path: String, source: String, arguments: [String], options: RunOptions,
                                  driver: ScheduleDriver?, replay: ChoiceLog = []) -> SteeredRun {
        runSteered(ProgramStart(path: path, source: source, arguments: arguments, options: options), options: options,
                   driver: driver, replay: replay)
    }

    /// `runSteered` from a program already set up (`ProgramStart`): the explorer's many runs
    /// skip setting up the builtins each time. `options` may differ from the start's only in
    /// the step budget.
    public static func runSteered(_ start: ProgramStart, options: RunOptions, driver: ScheduleDriver?,
                                  replay: ChoiceLog = []) -> SteeredRun {
        let session = start.session()
        if options.maxSteps != start.options.maxSteps {
            session.kernel.maxSteps = options.maxSteps
            session.vm.process.maxSteps = options.maxSteps
            session.vm.stepFence = min(session.vm.stepFence, options.maxSteps)
        }
        session.kernel.replay = replay
        session.kernel.driver = driver
        while session.ending == nil { session.advance(instructions: Int.max) }
        let kernel = session.kernel
        let run = SteeredRun(result: session.result, schedule: Schedule(options: options, decisions: kernel.choices, steps: kernel.steps),
                             uncaught: kernel.uncaught, deadlock: kernel.ending?.deadlockReport != nil, misfit: kernel.misfit)
        session.close()
        return run
    }

    /// Runs a program to its end and returns its result with the trace it recorded.
    public static func runTraced(path: String, source: String, arguments: [String], options: RunOptions,
                          stdin: [UInt8] = [], watched: Bool = false, io: ProgramIO? = nil,
                          schedule: Schedule? = nil) -> (RunResult, Trace) {
        let session = Session(path: path, source: source, arguments: arguments, options: options, stdin: stdin, watched: watched,
                              choices: schedule?.decisions ?? [], io: io)
        session.kernel.strictReplay = schedule != nil
        while session.ending == nil { session.advance(instructions: Int.max) }
        if let schedule { session.checkReplayEnd(steps: schedule.steps) }
        io?.flushAll()
        return (session.result, session.world.trace)
    }
}

/// A program set up to run (compiled, builtins made, main thread ready) and kept at its
/// first instruction: each `session()` is a fresh run from there, the process copied on write.
public final class ProgramStart {
    let options: RunOptions
    private let checkpoint: Session.Checkpoint?
    private let path: String, source: String, arguments: [String]

    public init(path: String, source: String, arguments: [String], options: RunOptions) {
        (self.path, self.source, self.arguments, self.options) = (path, source, arguments, options)
        let session = Session(path: path, source: source, arguments: arguments, options: options, stdin: [], watched: false,
                              recording: false)
        // A program that cannot start (a SyntaxError) is set up again each time: it ends at once.
        checkpoint = session.ending == nil && session.canCheckpoint ? session.checkpoint() : nil
        session.close()
    }

    func session() -> Session {
        guard let checkpoint else {
            return Session(path: path, source: source, arguments: arguments, options: options, stdin: [], watched: false,
                           recording: false)
        }
        return Session(restoring: checkpoint)
    }
}

/// What a run steered by the explorer did.
public struct SteeredRun: Sendable {
    public var result: RunResult
    /// Its decisions: replaying them reproduces it.
    public var schedule: Schedule
    /// Exceptions no handler caught, in any thread.
    public var uncaught: [UncaughtException]
    /// Whether it ended in a deadlock (status 3 is also `sys.exit(3)`).
    public var deadlock: Bool
    /// Why the replayed decisions stopped fitting, if they did.
    public var misfit: String?
}

extension Interp {
    /// Turns how the main thread stopped into an exit status, printing tracebacks
    /// (pythonrun.c `handle_system_exit`, `PyErr_PrintEx`).
    mutating func finish(_ reason: StopReason) -> Int32 {
        switch reason {
        case .finished, .budgetUsed:
            return 0
        case .stepLimit:
            let budget = world.map { $0.kernel.maxSteps } ?? process.maxSteps
            write("step budget exhausted after \(budget == Int.max ? process.maxSteps : budget) steps\n", fd: 2)
            return 4
        case .raised(let exc):
            // pythonrun.c `_PyErr_PrintEx` and `_Py_HandleSystemExit` flush sys.stdout before
            // they write to stderr (a thread's excepthook does not).
            flushStream(fd: 1)
            if exceptionIs(exc, "SystemExit") {
                let args = exceptionPayload(exc).flatMap { heap.sequenceItems($0.args) } ?? []
                let code = args.count == 1 ? args[0] : (args.isEmpty ? Value.none : (exceptionPayload(exc)?.args ?? .none))
                switch code {
                case .none: return 0
                case .int(let n): return Int32(truncatingIfNeeded: n)
                case .bool(let b): return b ? 1 : 0
                default:
                    write(((try? str(code)) ?? "") + "\n", fd: 2)
                    return 1
                }
            }
            if let world { world.kernel.uncaught.append(UncaughtException(thread: world.threads[world.current].name, type: heap.typeName(exc))) }
            var seen: Set<UInt32> = []
            write(formatTraceback(exc, seen: &seen), fd: 2)
            return exceptionIs(exc, "KeyboardInterrupt") ? 130 : 1
        }
    }
}
