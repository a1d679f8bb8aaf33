import Foundation
import LessonKit
import Machine

extension ExampleChecker {
    // MARK: - Running an example

    /// One run of an example in the engine, or why it was cut short.
    struct EngineRun {
        var stdout = ""
        var stderr = ""
        var status: Int32 = 0
        /// Set when a limit stopped the run (or the engine could not run it): the whole problem.
        var stopped: String?
    }

    /// Runs the example in the engine under the step budget (and, in a child process, the time
    /// and memory limits).
    static func runInEngine(source: String, url: URL, options: Options) -> EngineRun {
        let limits = options.limits
        let maxSteps = options.runOptions.maxSteps
        var run: EngineRun
        switch options.engine {
        case .inProcess:
            let result = ProgramRun.run(path: url.lastPathComponent, source: source, arguments: [], options: options.runOptions)
            run = EngineRun(stdout: String(decoding: result.stdout, as: UTF8.self),
                            stderr: String(decoding: result.stderr, as: UTF8.self), status: result.status)
        case .child(let executable):
            let process = HostProcess(executable: executable,
                                      arguments: ["run"] + commandLine(options.runOptions) + [url.lastPathComponent],
                                      directory: url.deletingLastPathComponent().path,
                                      timeLimit: TimeInterval(limits.seconds), memoryLimit: limits.memory)
            switch process.run() {
            case .failure(let error):
                return EngineRun(stopped: "not run: \(error)")
            case .success(let output):
                run = EngineRun(stdout: String(decoding: output.stdout, as: UTF8.self),
                                stderr: String(decoding: output.stderr, as: UTF8.self), status: output.status)
                run.stopped = limitProblem(output, limits: limits, who: "the tutor")
            }
        }
        // `run`'s documented way to say the step budget ran out: exit 4 and this line on stderr.
        if run.stopped == nil, run.status == 4, run.stderr.hasPrefix("step budget exhausted") {
            run.stopped = "did not finish within the check's step budget of \(grouped(maxSteps)) steps (an endless loop?)"
        }
        return run
    }

    /// `run`'s flags for `options`: the step budget always, the others where they differ from
    /// `run`'s defaults (a child runs the example as `check` was told to).
    static func commandLine(_ options: RunOptions) -> [String] {
        let defaults = RunOptions()
        var flags = ["--max-steps", String(options.maxSteps)]
        if options.seed != defaults.seed { flags += ["--seed", String(options.seed)] }
        if options.cores != defaults.cores { flags += ["--cores", String(options.cores)] }
        if options.switchInterval != defaults.switchInterval { flags += ["--switch-interval", String(options.switchInterval)] }
        if options.switchPoints != defaults.switchPoints { flags += ["--switch-points", options.switchPoints.rawValue] }
        if options.noGIL { flags.append("--no-gil") }
        if options.memoryLimit != defaults.memoryLimit { flags += ["--max-memory", String(options.memoryLimit)] }
        return flags
    }

    /// The problem when a child process was stopped by a limit or a signal, nil when it ended by itself.
    static func limitProblem(_ output: HostProcess.Output, limits: Limits, who: String) -> String? {
        if output.timedOut {
            return "\(who) did not finish within the check's time limit of \(limits.seconds) s (stopped with SIGKILL)"
        }
        if output.outputTooLarge {
            return "\(who) printed more than \(HostProcess.defaultOutputLimit >> 20) MB (stopped with SIGKILL)"
        }
        if let signal = output.signal {
            // A Swift runtime failure names itself on a "Fatal error:" line before its backtrace.
            let fatal = String(decoding: output.stderr, as: UTF8.self).split(separator: "\n")
                .first { $0.hasPrefix("Fatal error:") }.map { ": \($0)" } ?? ""
            return "\(who) was ended by signal \(signal)\(fatal) (a run may use at most \(limits.memory >> 30) GB of memory)"
        }
        return nil
    }

    /// Runs the example with the host's python3 (copied alone into a fresh temporary folder, so
    /// what it writes lands there and is deleted) and compares its output with the engine's.
    static func pythonProblems(_ python3: String, url: URL, engineOutput: String, limits: Limits) -> [String] {
        switch runInPython(python3, url: url, limits: limits) {
        case .failure(let problem):
            return [problem.message]
        case .success(let output):
            if let difference = firstDifference(expected: output.stdout, actual: engineOutput) {
                return ["the tutor's output differs from python3's: \(difference)"]
            }
            return []
        }
    }

    /// Why a python3 run has no output worth comparing (a limit, a failure, a missing module).
    struct PythonProblem: Error {
        var message: String
    }

    /// One run of the example under `python3`, unsandboxed, in a fresh temporary folder that is
    /// deleted afterwards; a run that did not end with status 0 is a problem.
    static func runInPython(_ python3: String, url: URL, limits: Limits) -> Result<Claim.Run, PythonProblem> {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("concurrency-tutor-check-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: scratch) }
        do {
            try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
            try manager.copyItem(at: url, to: scratch.appendingPathComponent(url.lastPathComponent))
        } catch {
            return .failure(PythonProblem(message: "not run with python3: cannot prepare a temporary folder in \(manager.temporaryDirectory.path)"))
        }
        let process = HostProcess(executable: python3, arguments: [url.lastPathComponent], directory: scratch.path,
                                  timeLimit: TimeInterval(limits.seconds), memoryLimit: limits.memory)
        switch process.run() {
        case .failure(let error):
            return .failure(PythonProblem(message: "not run with python3: \(error)"))
        case .success(let output):
            if let limit = limitProblem(output, limits: limits, who: "python3") { return .failure(PythonProblem(message: limit)) }
            let stderr = String(decoding: output.stderr, as: UTF8.self)
            if output.status != 0, let module = missingThirdPartyModule(stderr) {
                return .failure(PythonProblem(
                    message: notComparedPrefix + "its python3 has no module '\(module)' (run check with a Python that has it, e.g. a venv's)"))
            }
            if output.status != 0 {
                return .failure(PythonProblem(message: "python3 exited \(output.status)\(lastLine(stderr).map { ": \($0)" } ?? "")"))
            }
            return .success(Claim.Run(stdout: String(decoding: output.stdout, as: UTF8.self), stderr: stderr, status: output.status))
        }
    }

    /// Third-party modules the engine provides (greenlet, gevent, requests): an example that
    /// needs one cannot be compared with a python3 that lacks it, which is said but is no
    /// problem of the example (its recorded output came from a Python that had it).
    static let thirdPartyModules: Set<String> = ["greenlet", "gevent", "requests"]

    /// The start of a diagnostic that says an example was not compared with python3.
    public static let notComparedPrefix = "not compared with python3: "

    /// The third-party module a python3 run failed to import, from its last stderr line.
    static func missingThirdPartyModule(_ stderr: String) -> String? {
        let prefix = "ModuleNotFoundError: No module named '"
        guard let last = lastLine(stderr), last.hasPrefix(prefix) else { return nil }
        let module = String(last.dropFirst(prefix.count).dropLast())
        return thirdPartyModules.contains(String(module.split(separator: ".").first ?? "")) ? module : nil
    }

    /// The Python version an interpreter reports ("3.11"), nil if it cannot be run.
    public static func pythonVersion(_ python3: String) -> String? {
        let probe = HostProcess(executable: python3, arguments: ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                directory: NSTemporaryDirectory(), timeLimit: 10, memoryLimit: nil)
        guard case .success(let output) = probe.run(), output.status == 0 else { return nil }
        return String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `name` itself if it contains a slash, else its first executable match on PATH (as a shell finds it).
    public static func resolveExecutable(_ name: String,
                                         environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// 100000000 -> "100,000,000".
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
