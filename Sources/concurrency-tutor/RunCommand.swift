import ArgumentParser
import Foundation
import Tutor

/// `run FILE.py [ARGS...]`: runs a program on the engine with `python3`'s stdout, stderr and
/// exit status.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a Python program on the virtual machine.")

    @Argument(help: "The Python file to run.") var file: String
    @OptionGroup var engine: EngineOptions
    @OptionGroup var replay: ScheduleOption
    /// Accepted as on every command; the program's output is Python's, in no other language.
    @OptionGroup var language: LanguageOption
    @Flag(help: "Print the text timeline after the program's output.") var timeline = false
    @Option(name: .customLong("trace-json"), help: "Write a Chrome trace-event JSON file.") var traceJSON: String?
    @Argument(parsing: .allUnrecognized, help: "Arguments for the program (sys.argv[1:]).") var arguments: [String] = []

    func run() throws {
        let source = try readProgram(file)
        let status = HostRun.run(path: file, source: source, arguments: arguments, options: try replay.runOptions(engine),
                                 timeline: timeline, traceJSON: traceJSON, schedule: replay.parsed)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Reads a program as python3 would (`HostRun.readProgram`), exiting with python3's message
/// and status when it cannot be run.
func readProgram(_ file: String) throws -> String {
    switch HostRun.readProgram(file) {
    case .success(let text):
        return text
    case .failure(let error):
        FileHandle.standardError.write(Data(error.message.utf8))
        throw ExitCode(error.status)
    }
}
