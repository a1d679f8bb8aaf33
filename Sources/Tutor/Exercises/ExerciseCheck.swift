import Foundation
import Machine
import Trace

/// How hard the explorer tries before a fix is accepted (Exercises/README.md states it): the
/// explorer's default portfolio (PCT at depths 2 and 3, random with at most 2 preemptions) in
/// each switch-point mode in turn, each mode limited to `runsPerMode` runs and `secondsPerMode`.
public struct ExerciseBudget: Sendable, Equatable {
    public var runsPerMode = 1_000
    public var secondsPerMode = 10.0
    /// CPython 3.11's switch points first (what python3 can do), then any instruction: a fix
    /// that holds only because the GIL happens to switch rarely is not accepted.
    public var modes: [SwitchPoints] = [.cpython, .every]
    /// Steps the first run may take: a learner's endless loop ends with status 4, not a hang.
    public var firstRunSteps = 20_000_000

    public init() {}
}

/// Something a checked program does that its exercise does not allow.
public enum CheckProblem: Equatable, Sendable {
    case status(Int32)
    case output
    case threads(started: Int, required: Int)
}

/// What checking a program found: its first run (as `run` runs it), the exercise's own checks,
/// and the explorer's verdict.
public struct CheckReport: Sendable {
    /// The first run's stdout, stderr and exit status: what python3 would most likely do.
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    public var status: Int32
    /// Threads started besides the main thread in the first run.
    public var threadsStarted: Int
    public var problems: [CheckProblem]
    /// The explorer's failure and the switch-point mode it was found in; nil when it found none
    /// or did not search (the first run already failed).
    public var failure: (mode: SwitchPoints, failure: ExploreFailure)?
    /// Runs the explorer made, all modes together; 0 when it did not search.
    public var runs: Int

    /// The fix is accepted: the exercise's checks hold and the explorer searched and found nothing.
    public var passed: Bool { problems.isEmpty && failure == nil && runs > 0 }
}

/// Checks a program file: against an exercise (`exercise`) or on its own (`watch --rerun`).
public enum ExerciseChecker {
    /// Runs `path` once, then, when that run did what it must, explores its schedules within
    /// `budget`. Without an exercise only exceptions, deadlocks and the step budget fail it.
    public static func check(path: String, arguments: [String] = [], exercise: Exercise?, budget: ExerciseBudget = ExerciseBudget(),
                             options: RunOptions = RunOptions(), progress: (ExploreProgress) -> Void = { _ in }) -> CheckReport {
        let source: String
        switch HostRun.readProgram(path) {
        case .success(let text): source = text
        case .failure(let error):
            return CheckReport(stdout: [], stderr: Array(error.message.utf8), status: error.status, threadsStarted: 0,
                               problems: [.status(error.status)], failure: nil, runs: 0)
        }
        var first = options
        first.maxSteps = min(options.maxSteps, budget.firstRunSteps)
        let (result, trace) = ProgramRun.runTraced(path: path, source: source, arguments: arguments, options: first)
        // Task lanes (asyncio tasks drawn as threads) have a host thread; they are not threads.
        let started = max(0, trace.threads.filter { $0.host == nil }.count - 1)
        var report = CheckReport(stdout: result.stdout, stderr: result.stderr, status: result.status, threadsStarted: started, problems: [], failure: nil, runs: 0)
        if result.status != 0 { report.problems.append(.status(result.status)) }
        if let exercise {
            if result.stdout != exercise.expectedOutput { report.problems.append(.output) }
            if started < exercise.threads { report.problems.append(.threads(started: started, required: exercise.threads)) }
        }
        guard report.problems.isEmpty else { return report }
        for mode in budget.modes {
            var modeOptions = options
            modeOptions.switchPoints = mode
            let request = ExploreRequest(path: path, source: source, arguments: arguments, options: modeOptions, runs: budget.runsPerMode,
                                         timeLimit: budget.secondsPerMode,
                                         expected: exercise.map { .exactly($0.expectedOutput) } ?? .any)
            let outcome = Explorer(request).explore(progress: progress)
            switch outcome {
            case .found(let failure):
                report.runs += failure.run
                report.failure = (mode, failure)
                return report
            case .passed(let runs, _):
                report.runs += runs
            }
        }
        return report
    }
}
