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
        let stdin = FileHandle.standardInput.readDataToEndOfFile()
        let options = RunOptions(seed: seed, maxSteps: maxSteps, cores: cores, switchInterval: switchInterval,
                                 switchPoints: switchPoints, noGIL: noGIL)
        let result: RunResult
        if timeline || traceJSON != nil {
            let (r, trace) = ProgramRun.runTraced(path: file, source: source, arguments: arguments, options: options,
                                                  stdin: Array(stdin))
            result = r
            FileHandle.standardOutput.write(Data(result.stdout))
            FileHandle.standardError.write(Data(result.stderr))
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
            result = ProgramRun.run(path: file, source: source, arguments: arguments, options: options, stdin: Array(stdin))
            FileHandle.standardOutput.write(Data(result.stdout))
            FileHandle.standardError.write(Data(result.stderr))
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
