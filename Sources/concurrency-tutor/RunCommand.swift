import ArgumentParser
import Foundation
import Machine

/// `run FILE.py [ARGS...]`: runs a program on the engine with `python3`'s stdout, stderr and
/// exit status.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a Python program on the virtual machine.")

    @Argument(help: "The Python file to run.") var file: String
    @Option(help: "Seed of the random module and the scheduler.") var seed: UInt64 = 0
    @Option(name: .customLong("max-steps"), help: "Stop with exit status 4 after this many bytecode steps.")
    var maxSteps: Int = 2_000_000_000
    @Argument(parsing: .allUnrecognized, help: "Arguments for the program (sys.argv[1:]).") var arguments: [String] = []

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("python3: can't open file '\(file)': [Errno 2] No such file or directory\n".utf8))
            throw ExitCode(2)
        }
        let stdin = FileHandle.standardInput.readDataToEndOfFile()
        let result = ProgramRun.run(path: file, source: String(decoding: data, as: UTF8.self), arguments: arguments,
                                    options: RunOptions(seed: seed, maxSteps: maxSteps), stdin: Array(stdin))
        FileHandle.standardOutput.write(Data(result.stdout))
        FileHandle.standardError.write(Data(result.stderr))
        if result.status != 0 { throw ExitCode(result.status) }
    }
}
