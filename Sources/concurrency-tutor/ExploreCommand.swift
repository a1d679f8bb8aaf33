import ArgumentParser
import Foundation
import Tutor

extension ExploreStrategy: ExpressibleByArgument {}

/// `explore FILE.py [ARGS...]`: searches schedules for a failing run (Tutor's `Explorer`).
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Search the program's schedules for a failure: an uncaught exception in any thread, a deadlock, the step budget, different output.",
        discussion: "Exit status 1 when a failure is found (its output and a schedule that `run --schedule` replays are printed), 0 when none is.")

    @Argument(help: "The Python file to explore.") var file: String
    @OptionGroup var engine: EngineOptions
    @OptionGroup var language: LanguageOption
    @Option(help: "pct, random or dfs. (default: a portfolio of pct and random)") var strategy: ExploreStrategy?
    @Option(help: "Runs at most. (default: \(ExploreRequest.defaultRuns))") var runs = ExploreRequest.defaultRuns
    @Option(help: "PCT's bug depth: the priority change points plus one. (default: \(ExploreRequest.defaultDepth))")
    var depth = ExploreRequest.defaultDepth
    @Option(name: .customLong("max-preemptions"), help: "Preemptions per run, at most (random, dfs). (default: \(ExploreRequest.defaultMaxPreemptions))")
    var maxPreemptions = ExploreRequest.defaultMaxPreemptions
    @Option(name: .customLong("time-limit"), help: "Seconds of wall time at most. (default: \(ExploreRequest.defaultTimeLimit))")
    var timeLimit = ExploreRequest.defaultTimeLimit
    @Flag(name: .customLong("same-output"), help: "Every run must print what the first run printed.") var sameOutput = false
    @Option(name: .customLong("expect-output"), help: ArgumentHelp("Every run must print this file's contents.", valueName: "file"))
    var expectOutput: String?
    @Argument(parsing: .allUnrecognized, help: "Arguments for the program (sys.argv[1:]).") var arguments: [String] = []

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        if maxPreemptions < 0 { throw ValidationError("--max-preemptions must not be negative") }
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        if sameOutput && expectOutput != nil { throw ValidationError("--same-output and --expect-output exclude each other") }
    }

    func run() throws {
        let source = try readProgram(file)
        var expected = ExpectedOutput.any
        if sameOutput { expected = .sameAsFirst }
        if let expectOutput {
            guard let data = FileHandle(forReadingAtPath: expectOutput)?.readDataToEndOfFile() else { throw fail("cannot read \(expectOutput)") }
            expected = .exactly(Array(data))
        }
        let request = ExploreRequest(path: file, source: source, arguments: arguments, options: engine.runOptions(), strategy: strategy,
                                     runs: runs, depth: depth, maxPreemptions: maxPreemptions, timeLimit: timeLimit, expected: expected,
                                     explicitStepBudget: engine.maxSteps != nil)
        let status = ProgressLine()
        let outcome = Explorer(request).explore { status.show("explore: \($0.runs) runs, \(String(format: "%.1f", $0.seconds)) s (\($0.strategy))") }
        status.clear()
        let (text, code) = outcome.report(path: file)
        FileHandle.standardOutput.write(Data(text.utf8))
        if code != 0 { throw ExitCode(code) }
    }
}

/// A progress line on stderr: rewritten in place on a terminal, a line every few seconds otherwise.
final class ProgressLine {
    private let tty = isatty(2) != 0
    private var last = Date.distantPast
    private var shown = false

    func show(_ text: String) {
        let now = Date()
        guard now.timeIntervalSince(last) >= (tty ? 0.2 : 5) else { return }
        last = now
        shown = true
        FileHandle.standardError.write(Data((tty ? "\r\u{1B}[K" + text : text + "\n").utf8))
    }

    func clear() {
        if tty && shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
