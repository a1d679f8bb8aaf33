import Foundation
import PyLang

/// Engine options of `concurrency-tutor run`.
public struct RunOptions: Sendable {
    public var seed: UInt64
    public var maxSteps: Int

    public init(seed: UInt64 = 0, maxSteps: Int = 2_000_000_000) {
        self.seed = seed
        self.maxSteps = maxSteps
    }
}

/// What a program run produced: the bytes written to stdout and stderr, and the exit status.
public struct RunResult: Sendable {
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    public var status: Int32
}

/// The engine's entry points for the CLI and the app.
public enum ProgramRun {
    /// Runs `source` as `python3 path arguments...` would, on a thread with a large stack
    /// (nested runs for natives calling back into Python recurse in Swift).
    public static func run(path: String, source: String, arguments: [String], options: RunOptions = RunOptions(),
                           stdin: [UInt8] = []) -> RunResult {
        final class Box: @unchecked Sendable { var result = RunResult(stdout: [], stderr: [], status: 0) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = runHere(path: path, source: source, arguments: arguments, options: options, stdin: stdin)
            done.signal()
        }
        thread.stackSize = 1 << 30
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

    static func runHere(path: String, source: String, arguments: [String], options: RunOptions, stdin: [UInt8]) -> RunResult {
        let code: CodeObject
        do { code = try compile(source: source, filename: displayName(path)) } catch let e as SyntaxError {
            var text = e.pythonFormatted
            if !text.hasSuffix("\n") { text += "\n" }
            return RunResult(stdout: [], stderr: Array(text.utf8), status: 1)
        } catch {
            return RunResult(stdout: [], stderr: Array("\(error)\n".utf8), status: 1)
        }
        var vm = Interp()
        vm.process.stdin = stdin
        vm.process.argv = [path] + arguments
        vm.process.maxSteps = options.maxSteps
        vm.process.randomState = options.seed
        vm.process.sources[code.filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        vm.setUpBuiltins()
        let globals = vm.heap.alloc(.dict(PyDict()))
        try? vm.dictSet(globals, "__name__", vm.heap.newStr("__main__"))
        try? vm.dictSet(globals, "__file__", vm.heap.newStr(path))
        try? vm.dictSet(globals, "__builtins__", .object(vm.process.builtins))
        try? vm.dictSet(globals, "__doc__", .none)
        var frame = Frame(code: code, globals: globals, locals: globals)
        frame.caller = .native
        vm.frames = [frame]
        let status = vm.finish(vm.run(budget: Int.max))
        return RunResult(stdout: vm.process.stdout, stderr: vm.process.stderr, status: status)
    }
}

extension Interp {
    /// Turns how the main thread stopped into an exit status, printing tracebacks
    /// (pythonrun.c `handle_system_exit`, `PyErr_PrintEx`).
    mutating func finish(_ reason: StopReason) -> Int32 {
        switch reason {
        case .finished, .budgetUsed:
            return 0
        case .stepLimit:
            write("step budget exhausted after \(process.maxSteps) steps\n", fd: 2)
            return 4
        case .raised(let exc):
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
            var seen: Set<UInt32> = []
            write(formatTraceback(exc, seen: &seen), fd: 2)
            return exceptionIs(exc, "KeyboardInterrupt") ? 130 : 1
        }
    }
}
