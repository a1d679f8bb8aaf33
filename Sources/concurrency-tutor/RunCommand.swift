import ArgumentParser
import Foundation
import Machine
import Trace

extension SwitchPoints: ExpressibleByArgument {}

/// `run FILE.py [ARGS...]`: runs a program on the engine with `python3`'s stdout, stderr and
/// exit status.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a Python program on the virtual machine.")

    @Argument(help: "The Python file to run.") var file: String
    @Option(help: "Seed of the random module and the scheduler.") var seed: UInt64 = 0
    @Option(name: .customLong("max-steps"), help: "Stop with exit status 4 after this many bytecode steps.")
    var maxSteps: Int = 2_000_000_000
    @Option(help: "Virtual CPU cores.") var cores: Int = 4
    @Option(name: .customLong("switch-interval"), help: "GIL switch interval in virtual seconds (sys.setswitchinterval).")
    var switchInterval: Double = 0.005
    @Option(name: .customLong("switch-points"), help: "Where the GIL may change hands: cpython (3.11 eval-breaker points) or every (any instruction).")
    var switchPoints: SwitchPoints = .cpython
    @Flag(name: .customLong("no-gil"), help: "Free-threaded: no GIL, threads run in parallel on the cores.")
    var noGIL = false
    @Flag(help: "Print the text timeline after the program's output.") var timeline = false
    @Option(name: .customLong("trace-json"), help: "Write a Chrome trace-event JSON file.") var traceJSON: String?
    @Argument(parsing: .allUnrecognized, help: "Arguments for the program (sys.argv[1:]).") var arguments: [String] = []

    func validate() throws {
        if cores < 1 { throw ValidationError("--cores must be at least 1") }
        if !(switchInterval > 0) { throw ValidationError("--switch-interval must be positive") }
    }

    func run() throws {
        let source = try readProgram(file)
        let options = RunOptions(seed: seed, maxSteps: maxSteps, cores: cores, switchInterval: switchInterval,
                                 switchPoints: switchPoints, noGIL: noGIL)
        // The program's output streams as python3's would, and stdin is read only when it reads.
        let io = ProgramIO.host()
        let signals = HostSignals(io: io)
        defer { withExtendedLifetime(signals) {} }
        let result: RunResult
        if timeline || traceJSON != nil {
            let (r, trace) = ProgramRun.runTraced(path: file, source: source, arguments: arguments, options: options, io: io)
            result = r
            if timeline { FileHandle.standardOutput.write(Data(("\n" + TextTimeline.render(trace)).utf8)) }
            if let traceJSON {
                do {
                    if let note = try ChromeTrace.write(trace, toFile: traceJSON) { FileHandle.standardError.write(Data(note.utf8)) }
                } catch {
                    FileHandle.standardError.write(Data("cannot write \(traceJSON)\n".utf8))
                    throw ExitCode(2)
                }
            }
        } else {
            result = ProgramRun.run(path: file, source: source, arguments: arguments, options: options, io: io)
        }
        if result.status != 0 { throw ExitCode(result.status) }
    }
}

/// Reads a program as python3 would: a missing file exits 2 with python3's message, a file
/// that is not UTF-8 exits 1 with CPython's SyntaxError.
func readProgram(_ file: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: file) else {
        FileHandle.standardError.write(Data("python3: can't open file '\(file)': [Errno 2] No such file or directory\n".utf8))
        throw ExitCode(2)
    }
    switch SourceText.decode(Array(data), path: file) {
    case .text(let text):
        return text
    case .notUTF8(let report):
        FileHandle.standardError.write(Data(report.utf8))
        throw ExitCode(1)
    }
}

/// Ctrl-C and SIGTERM while a program runs. Ctrl-C becomes the program's
/// `KeyboardInterrupt`; a second one before the first was delivered (the engine is busy
/// inside one call), or SIGTERM, ends the run at once after writing out what the program
/// printed (a SIGTERM then exits 143, the status a shell shows for python3 ended by it).
final class HostSignals {
    private let sources: [DispatchSourceSignal]

    init(io: ProgramIO) {
        let queue = DispatchQueue(label: "concurrency-tutor.signals")
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        interrupt.setEventHandler {
            if io.interruptPending {
                io.flushAll()
                exit(130)
            }
            io.interrupt()
        }
        let terminate = DispatchSource.makeSignalSource(signal: SIGTERM, queue: queue)
        terminate.setEventHandler {
            io.flushAll()
            // The status a shell reports for death by SIGTERM; libdispatch keeps the signal
            // blocked in its threads, so re-raising it would not end the process.
            _exit(128 + SIGTERM)
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        interrupt.resume()
        terminate.resume()
        sources = [interrupt, terminate]
    }
}
