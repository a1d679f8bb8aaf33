import Foundation
import LessonKit
import Machine

/// Runs every lesson example on the engine and holds it to the promises of `Lessons/README.md`:
/// a deterministic example prints its recorded `NAME.out`, a `# nondeterministic` one runs to
/// completion, and an `# expect: deadlock` one is stopped by the deadlock detector; what a page
/// `@claim`s about its example holds over several runs (`ExampleChecker+Claims.swift`). Every run is
/// bounded (the step budget of `Options.runOptions`, and `Limits`). Lesson code runs on the host only when asked (`Options.python3`): then a
/// deterministic example must also print what that python3 prints.
public enum ExampleChecker {
    /// What an example promises, from its marker comment.
    public enum Kind: Equatable {
        case deterministic
        /// `# nondeterministic`: the output depends on scheduling; it must only finish cleanly.
        case nondeterministic
        /// `# expect: deadlock`: deadlocks on purpose (python3 would hang), so exit status 3.
        case deadlock
    }

    /// The host's bounds on every run of an example (the engine's step budget is in
    /// `Options.runOptions`); documented in `Lessons/README.md` and `check --help`.
    public struct Limits: Equatable {
        /// Wall-clock seconds per run: in the engine when it runs in a child process, and in python3.
        public var seconds = 30
        /// Address space per child process, in bytes.
        public var memory = 4 << 30

        public init() {}
    }

    /// Where the engine runs an example.
    public enum Engine: Equatable {
        /// In this process: bounded by the step budget only (unit tests).
        case inProcess
        /// `EXECUTABLE run --max-steps N [engine options] FILE` in a child process, so the time and memory limits
        /// apply too and a crash of the engine is a reported problem, not the checker's end.
        case child(executable: String)
    }

    /// How `check` runs the examples.
    public struct Options: Equatable {
        /// The engine's step budget for an example when `check --max-steps` does not set one:
        /// an endless loop ends with status 4.
        public static let defaultMaxSteps = 500_000_000

        public var engine: Engine
        /// The engine's options for every example (`check` takes the same engine options as `run`).
        public var runOptions: RunOptions
        public var limits: Limits
        /// A host python3 to compare deterministic examples with (nil: lesson code never runs on
        /// the host). It runs unsandboxed, in a fresh temporary folder, under `limits`.
        public var python3: String?
        /// Modules an example may need that the engine does not have yet: such an example is
        /// reported as not run, not as broken.
        public var plannedModules: Set<String>
        /// How many runs a page's `@claim` is checked over: engine runs with consecutive seeds,
        /// and as many python3 runs for a `# nondeterministic` example when `python3` is set.
        public var claimRuns = 3

        public init(engine: Engine = .inProcess, runOptions: RunOptions = RunOptions(maxSteps: Options.defaultMaxSteps),
                    limits: Limits = Limits(), python3: String? = nil, plannedModules: Set<String> = ExampleChecker.plannedModules) {
            self.engine = engine
            self.runOptions = runOptions
            self.limits = limits
            self.python3 = python3
            self.plannedModules = plannedModules
        }
    }

    /// The marker is a whole comment line anywhere in the file, so it can sit under a docstring.
    public static func kind(of source: String) -> Kind {
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "# nondeterministic" || text.hasPrefix("# nondeterministic:") { return .nondeterministic }
            if text == "# expect: deadlock" { return .deadlock }
        }
        return .deterministic
    }

    /// Modules the course will use whose runtime later work builds. Every module the lessons
    /// teach from exists now (processes, coroutines, simulated IO); the mechanism stays for the
    /// next ones.
    public static let plannedModules: Set<String> = []

    /// What checking a course's examples found.
    public struct Report {
        public var problems: [Diagnostic] = []
        /// Examples not run, with the planned module they need (`display path`, module).
        public var notRun: [(example: String, module: String)] = []
        /// Examples run in the engine but not compared with python3, and why.
        public var notCompared: [Diagnostic] = []
        public var ran = 0
    }

    /// Checks every example of `catalog`; problems point at the example file. Examples the lesson
    /// already reports as unusable (missing, unreadable, outside its folder) are not run again.
    public static func check(_ catalog: Catalog, options: Options) -> Report {
        var report = Report()
        for lesson in catalog.lessons {
            for example in lesson.examples where example.hasSuffix(".py") && !lesson.unusableExamples.contains(example) {
                let url = lesson.url(ofExample: example)
                let display = catalog.displayPath(of: lesson, file: example)
                func notRun(_ why: String) { report.problems.append(Diagnostic(path: display, line: 1, message: "not run: \(why)")) }
                let source: String
                switch FileReader.system.read(url) {
                case .contents(let data): source = String(decoding: data, as: UTF8.self)
                case .missing: notRun("the file does not exist"); continue
                case .notAFile(let kind): notRun("it is \(kind), not a file"); continue
                case .unreadable(let reason): notRun("cannot read it: \(reason)"); continue
                }
                switch examine(source: source, url: url, display: display, options: options) {
                case .notRun(let module):
                    report.notRun.append((display, module))
                case .checked(let problems):
                    report.ran += 1
                    report.problems += problems.filter { !$0.message.hasPrefix(notComparedPrefix) }
                    report.notCompared += problems.filter { $0.message.hasPrefix(notComparedPrefix) }
                    report.problems += checkTranslations(of: example, in: lesson, catalog: catalog, original: source, options: options)
                    // A claim is worth checking only about an example that keeps its basic promise.
                    if problems.allSatisfy({ $0.message.hasPrefix(notComparedPrefix) }) {
                        report.problems += checkClaims(lesson.claims.filter { $0.example == example }, example: url, source: source,
                                                       lessonPath: catalog.displayPath(of: lesson), options: options)
                    }
                }
            }
        }
        return report
    }

    /// Runs each translated copy of an example (`NAME.zh.py`, same code, other comments) in the
    /// engine and holds it to the original's promise: the original's marker and `NAME.out`, so a
    /// translated marker comment or a traceback quoting a translated line cannot pass unseen.
    /// Not compared with python3: the code is the original's, which was.
    private static func checkTranslations(of example: String, in lesson: Lesson, catalog: Catalog,
                                          original: String, options: Options) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let url = lesson.url(ofExample: example)
        var engineOnly = options
        engineOnly.python3 = nil
        for language in Language.allCases where language != lesson.language {
            let translated = lesson.localized(language).url(ofExample: example)
            guard translated != url, case .contents(let data) = FileReader.system.read(translated) else { continue }
            let display = catalog.displayPath(of: lesson, file: translated.lastPathComponent)
            if case .checked(let found) = examine(source: String(decoding: data, as: UTF8.self), url: translated, display: display,
                                                  options: engineOnly, kind: kind(of: original), recordedFor: url) {
                problems += found
            }
        }
        return problems
    }

    /// How checking one example went.
    public enum Outcome: Equatable {
        case checked([Diagnostic])
        /// It needs a planned module the engine does not have yet.
        case notRun(module: String)
    }

    /// Checks one example; problems only (an example needing a planned module counts as one).
    public static func check(source: String, url: URL, display: String, options: Options = Options()) -> [Diagnostic] {
        switch examine(source: source, url: url, display: display, options: options) {
        case .checked(let problems): return problems
        case .notRun(let module): return [Diagnostic(path: display, line: 1, message: "not run: the tutor has no module '\(module)' yet")]
        }
    }

    /// Runs one example (the file at `url`, reported as `display`) and checks its promise.
    /// - Parameters:
    ///   - kind: what the example promises (default: its own marker comment).
    ///   - recordedFor: the example whose `NAME.out` holds the expected output (default: `url`).
    public static func examine(source: String, url: URL, display: String, options: Options = Options(),
                               kind: Kind? = nil, recordedFor: URL? = nil) -> Outcome {
        let run = runInEngine(source: source, url: url, options: options)
        if let module = missingPlannedModule(run, planned: options.plannedModules) { return .notRun(module: module) }
        let problem = { (message: String) in Diagnostic(path: display, line: 1, message: message) }
        // A run cut short by a limit has nothing else worth comparing.
        if let stopped = run.stopped { return .checked([problem(stopped)]) }
        let kind = kind ?? Self.kind(of: source)
        var problems = engineProblems(kind: kind, run: run, url: recordedFor ?? url).map(problem)
        if kind == .deterministic, let python3 = options.python3 {
            problems += pythonProblems(python3, url: url, engineOutput: run.stdout, limits: options.limits).map(problem)
        }
        return .checked(problems)
    }

    /// The planned module named by a run's `ModuleNotFoundError`, if that is how it failed.
    static func missingPlannedModule(_ run: EngineRun, planned: Set<String>) -> String? {
        let prefix = "ModuleNotFoundError: No module named '"
        guard run.stopped == nil, run.status == 1, let last = lastLine(run.stderr), last.hasPrefix(prefix) else { return nil }
        let module = String(last.dropFirst(prefix.count).dropLast())
        let top = String(module.split(separator: ".").first ?? "")
        return planned.contains(top) ? module : nil
    }

    /// What a run that ended by itself broke of the example's promise.
    static func engineProblems(kind: Kind, run: EngineRun, url: URL) -> [String] {
        let name = url.lastPathComponent
        let lastError = lastLine(run.stderr).map { ": \($0)" } ?? ""
        switch kind {
        case .deadlock:
            if run.status != 3 || !run.stderr.hasPrefix("deadlock:") && !run.stderr.contains("\ndeadlock:") {
                return ["marked '# expect: deadlock' but the tutor exited \(run.status)\(lastError)"]
            }
            return []
        case .nondeterministic:
            return run.status != 0 ? ["failed in the tutor (exit \(run.status))\(lastError)"] : []
        case .deterministic:
            var problems: [String] = []
            if run.status != 0 { problems.append("failed in the tutor (exit \(run.status))\(lastError)") }
            let recordedURL = url.deletingPathExtension().appendingPathExtension("out")
            let recordedName = recordedURL.lastPathComponent
            switch FileReader.system.read(recordedURL) {
            case .contents(let recorded):
                if let difference = firstDifference(expected: String(decoding: recorded, as: UTF8.self), actual: run.stdout) {
                    problems.append("the tutor's output differs from \(recordedName): \(difference)")
                }
            case .missing:
                problems.append("deterministic example without recorded output: run `python3 \(name) > \(recordedName)` (or mark it '# nondeterministic')")
            case .notAFile(let kind):
                problems.append("\(recordedName) is \(kind), not a file")
            case .unreadable(let reason):
                problems.append("cannot read \(recordedName): \(reason)")
            }
            return problems
        }
    }

    /// "line N: expected '...', got '...'" for the first differing line, nil when equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        if expected == actual { return nil }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let w = index < want.count ? String(want[index]) : nil
            let g = index < got.count ? String(got[index]) : nil
            if w != g {
                return "line \(index + 1): expected \(w.map { "'\($0)'" } ?? "end of output"), got \(g.map { "'\($0)'" } ?? "end of output")"
            }
        }
        return "trailing newline differs"
    }

    static func lastLine(_ text: String) -> String? {
        text.split(separator: "\n").last.map(String.init)
    }
}
