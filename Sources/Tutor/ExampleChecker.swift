import Foundation
import LessonKit
import Machine

/// Runs every lesson example on the engine and holds it to the promises of `Lessons/README.md`:
/// a deterministic example prints its recorded `NAME.out` (and what `python3` prints, when a
/// python3 3.11 is installed), a `# nondeterministic` one runs to completion, and an
/// `# expect: deadlock` one is stopped by the deadlock detector.
public enum ExampleChecker {
    /// What an example promises, from its marker comment.
    public enum Kind: Equatable {
        case deterministic
        /// `# nondeterministic`: the output depends on scheduling; it must only finish cleanly.
        case nondeterministic
        /// `# expect: deadlock`: deadlocks on purpose (python3 would hang), so exit status 3.
        case deadlock
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

    /// A python3 to compare with: found on PATH and version 3.11 (the oracle), else nil.
    public static func findPython3(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/python3"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let result = runProcess(candidate, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], in: nil, timeout: 10)
            return result?.stdout == "3.11\n" ? candidate : nil
        }
        return nil
    }

    /// Modules the course will use whose runtime later work builds (processes, coroutines,
    /// simulated IO). An example that needs one is reported as not run, not as broken.
    public static let plannedModules: Set<String> = [
        "multiprocessing", "os", "asyncio", "greenlet", "gevent", "socket", "select", "selectors", "signal",
    ]

    /// What checking a course's examples found.
    public struct Report {
        public var problems: [Diagnostic] = []
        /// Examples not run, with the planned module they need (`display path`, module).
        public var notRun: [(example: String, module: String)] = []
        public var ran = 0
    }

    /// Checks every example of `catalog`; problems point at the example file.
    public static func check(_ catalog: Catalog, python3: String?) -> Report {
        var report = Report()
        for lesson in catalog.lessons {
            for example in lesson.examples where example.hasSuffix(".py") {
                let url = lesson.url(ofExample: example)
                let display = catalog.displayPath(of: lesson, file: example)
                guard let data = FileManager.default.contents(atPath: url.path) else { continue }
                let source = String(decoding: data, as: UTF8.self)
                switch examine(source: source, url: url, display: display, python3: python3) {
                case .notRun(let module):
                    report.notRun.append((display, module))
                case .checked(let problems):
                    report.ran += 1
                    report.problems += problems
                }
            }
        }
        return report
    }

    /// The planned module named by a run's `ModuleNotFoundError`, if that is how it failed.
    static func missingPlannedModule(_ result: RunResult) -> String? {
        let prefix = "ModuleNotFoundError: No module named '"
        guard result.status == 1, let last = lastLine(String(decoding: result.stderr, as: UTF8.self)),
              last.hasPrefix(prefix) else { return nil }
        let module = String(last.dropFirst(prefix.count).dropLast())
        let top = String(module.split(separator: ".").first ?? "")
        return plannedModules.contains(top) ? module : nil
    }

    /// How checking one example went.
    public enum Outcome: Equatable {
        case checked([Diagnostic])
        /// It needs a planned module the engine does not have yet.
        case notRun(module: String)
    }

    /// Checks one example; problems only (an example needing a planned module counts as one).
    public static func check(source: String, url: URL, display: String, python3: String?) -> [Diagnostic] {
        switch examine(source: source, url: url, display: display, python3: python3) {
        case .checked(let problems): return problems
        case .notRun(let module): return [Diagnostic(path: display, line: 1, message: "not run: the tutor has no module '\(module)' yet")]
        }
    }

    /// Runs one example (the file at `url`, reported as `display`) and checks its promise.
    public static func examine(source: String, url: URL, display: String, python3: String?) -> Outcome {
        let kind = kind(of: source)
        let name = url.lastPathComponent
        let result = ProgramRun.run(path: name, source: source, arguments: [], options: RunOptions())
        if let module = missingPlannedModule(result) { return .notRun(module: module) }
        return .checked(problems(kind: kind, result: result, url: url, display: display, python3: python3))
    }

    static func problems(kind: Kind, result: RunResult, url: URL, display: String, python3: String?) -> [Diagnostic] {
        let name = url.lastPathComponent
        let stdout = String(decoding: result.stdout, as: UTF8.self)
        let stderr = String(decoding: result.stderr, as: UTF8.self)
        func problem(_ message: String, line: Int = 1) -> Diagnostic {
            Diagnostic(path: display, line: line, message: message)
        }
        switch kind {
        case .deadlock:
            if result.status != 3 || !stderr.hasPrefix("deadlock:") && !stderr.contains("\ndeadlock:") {
                return [problem("marked '# expect: deadlock' but the tutor exited \(result.status)\(lastLine(stderr).map { ": \($0)" } ?? "")")]
            }
            return []
        case .nondeterministic:
            if result.status != 0 {
                return [problem("failed in the tutor (exit \(result.status))\(lastLine(stderr).map { ": \($0)" } ?? "")")]
            }
            return []
        case .deterministic:
            var problems: [Diagnostic] = []
            if result.status != 0 {
                problems.append(problem("failed in the tutor (exit \(result.status))\(lastLine(stderr).map { ": \($0)" } ?? "")"))
            }
            let recordedURL = url.deletingPathExtension().appendingPathExtension("out")
            if let recorded = FileManager.default.contents(atPath: recordedURL.path) {
                if let difference = firstDifference(expected: String(decoding: recorded, as: UTF8.self), actual: stdout) {
                    problems.append(problem("the tutor's output differs from \(recordedURL.lastPathComponent): \(difference)"))
                }
            } else {
                problems.append(problem("deterministic example without recorded output: run `python3 \(name) > \(recordedURL.lastPathComponent)` (or mark it '# nondeterministic')"))
            }
            if let python3, let reference = runProcess(python3, [name], in: url.deletingLastPathComponent(), timeout: 60) {
                if reference.timedOut {
                    problems.append(problem("python3 did not finish within 60 s"))
                } else if let difference = firstDifference(expected: reference.stdout, actual: stdout) {
                    problems.append(problem("the tutor's output differs from python3's: \(difference)"))
                }
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

    struct ProcessOutput {
        var stdout: String
        var status: Int32
        var timedOut: Bool
    }

    /// Runs a host program with stdin closed; nil if it could not start.
    static func runProcess(_ executable: String, _ arguments: [String], in directory: URL?, timeout: TimeInterval) -> ProcessOutput? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read while it runs so a large output cannot fill the pipe and stall the child.
        final class Collected: @unchecked Sendable { var data = Data() }
        let collected = Collected()
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue(label: "python3-output").async {
            collected.data = output.fileHandleForReading.readDataToEndOfFile()
            finished.signal()
        }
        let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
        if timedOut { process.terminate() }
        process.waitUntilExit()
        if timedOut { _ = finished.wait(timeout: .now() + 5) }
        return ProcessOutput(stdout: String(decoding: collected.data, as: UTF8.self), status: process.terminationStatus, timedOut: timedOut)
    }
}
