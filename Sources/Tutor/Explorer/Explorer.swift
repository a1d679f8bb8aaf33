import Foundation
import Machine
import Trace

/// How the explorer chooses schedules.
public enum ExploreStrategy: String, CaseIterable, Sendable {
    /// Random priorities with `depth - 1` change points.
    case pct
    /// Random preemptions and picks.
    case random
    /// Every schedule with at most `maxPreemptions` preemptions, depth first.
    case dfs
}

/// What counts as a run's output being wrong, besides exceptions, deadlocks and the budget.
public enum ExpectedOutput: Equatable, Sendable {
    case any
    /// Every run must print what the first run printed (`--same-output`).
    case sameAsFirst
    /// Every run must print exactly this (`--expect-output FILE`).
    case exactly([UInt8])
}

/// A search for a failing schedule: the program, its options and the search's limits.
public struct ExploreRequest: Sendable {
    public var path: String
    public var source: String
    public var arguments: [String]
    public var options: RunOptions
    /// nil: the portfolio (PCT at depths 2 and 3, and random, in turn).
    public var strategy: ExploreStrategy?
    public var runs: Int
    public var depth: Int
    public var maxPreemptions: Int
    /// Wall-clock seconds.
    public var timeLimit: Double
    public var expected: ExpectedOutput
    /// Whether `options.maxSteps` was given (`--max-steps`): only then is a run that uses it
    /// up a failure. Otherwise each run may take `stepsPerBaselineStep` times the first run's
    /// steps, and a run that goes past is set aside: a thread spinning while the one it waits
    /// for is kept off the GIL is the scheduler's unfairness, not the program's bug.
    public var explicitStepBudget: Bool
    public static let stepsPerBaselineStep = 20

    public static let defaultRuns = 10_000
    public static let defaultDepth = 3
    public static let defaultMaxPreemptions = 2
    public static let defaultTimeLimit = 60.0

    public init(path: String, source: String, arguments: [String] = [], options: RunOptions = RunOptions(),
                strategy: ExploreStrategy? = nil, runs: Int = ExploreRequest.defaultRuns, depth: Int = ExploreRequest.defaultDepth,
                maxPreemptions: Int = ExploreRequest.defaultMaxPreemptions, timeLimit: Double = ExploreRequest.defaultTimeLimit,
                expected: ExpectedOutput = .any, explicitStepBudget: Bool = false) {
        self.path = path
        self.source = source
        self.arguments = arguments
        self.options = options
        self.strategy = strategy
        self.runs = runs
        self.depth = depth
        self.maxPreemptions = maxPreemptions
        self.timeLimit = timeLimit
        self.expected = expected
        self.explicitStepBudget = explicitStepBudget
    }
}

/// What went wrong in a failing run.
public enum FailureKind: Equatable, Sendable, CustomStringConvertible {
    case exception(String)
    case deadlock
    case stepBudget
    case differentOutput

    public var description: String {
        switch self {
        case .exception(let type): return "exception \(type)"
        case .deadlock: return "deadlock"
        case .stepBudget: return "step budget exhausted"
        case .differentOutput: return "different output"
        }
    }
}

/// A failing run the explorer found, after shrinking toward fewer preemptions.
public struct ExploreFailure: Sendable {
    public var kind: FailureKind
    /// The run (1-based) that first failed.
    public var run: Int
    public var result: RunResult
    public var schedule: Schedule
}

/// How an exploration ended.
public enum ExploreOutcome: Sendable {
    case found(ExploreFailure)
    /// No failure in `runs` runs; `exhausted` when DFS covered every schedule within its bound.
    case passed(runs: Int, exhausted: (schedules: Int, bound: Int)?)
}

/// Progress for the status line: runs so far, seconds, the strategy of the latest run.
public struct ExploreProgress: Sendable {
    public var runs: Int
    public var seconds: Double
    public var strategy: String
}

/// Runs a program under many schedules, in-process, looking for a failure (Docs/ENGINE.md,
/// "The explorer"). Deterministic: the same request explores the same schedules.
public final class Explorer {
    let request: ExploreRequest
    private var expectedStdout: [UInt8]?
    /// The switch points the first run offered: where random preemptions and PCT change points fall.
    private var length = 1
    private(set) var runs = 0
    private var started = Date()
    /// The options of the runs after the first (the step cap).
    private var options: RunOptions
    /// The program set up once; every run starts from a copy.
    private let start: ProgramStart
    /// Asked before every run: true ends the search as if its budget were used (the run
    /// view's Esc while `f` searches in the background).
    public var shouldStop: () -> Bool = { false }

    public init(_ request: ExploreRequest) {
        self.request = request
        options = request.options
        start = ProgramStart(path: request.path, source: request.source, arguments: request.arguments, options: request.options)
        if case .exactly(let bytes) = request.expected { expectedStdout = bytes }
    }

    /// Explores until a failure, the run budget or the time limit; `progress` is called after
    /// every run.
    public func explore(progress: (ExploreProgress) -> Void = { _ in }) -> ExploreOutcome {
        started = Date()
        runs = 0
        // The first run is the program as `run` runs it: the baseline output and length.
        let first = run(driver: BaselineDriver())
        if request.expected == .sameAsFirst { expectedStdout = first.result.stdout }
        if let found = check(first) { return found }
        if !request.explicitStepBudget {
            options.maxSteps = min(request.options.maxSteps, max(50_000, first.schedule.steps * ExploreRequest.stepsPerBaselineStep))
        }
        progress(ExploreProgress(runs: runs, seconds: elapsed, strategy: "baseline"))
        if request.strategy == .dfs { return exploreDFS(progress) }
        while !outOfBudget {
            let (driver, name) = makeDriver(runs)
            let r = run(driver: driver)
            if let found = check(r) { return found }
            progress(ExploreProgress(runs: runs, seconds: elapsed, strategy: "\(name), \(length) switch points"))
        }
        return .passed(runs: runs, exhausted: nil)
    }

    private var elapsed: Double { Date().timeIntervalSince(started) }
    private var outOfBudget: Bool { runs >= request.runs || elapsed >= request.timeLimit || shouldStop() }

    private func makeDriver(_ n: Int) -> (CountingDriver, String) {
        let random = ExploreRandom(seed: request.options.seed, run: n)
        let strategy: ExploreStrategy
        var depth = request.depth
        if let chosen = request.strategy {
            strategy = chosen
        } else {
            // The portfolio: PCT at depth 2 and at the requested depth, and random, in turn.
            switch n % 3 {
            case 0: strategy = .random
            case 1: (strategy, depth) = (.pct, 2)
            default: strategy = .pct
            }
        }
        switch strategy {
        case .pct: return (PCTDriver(random: random, depth: depth, length: length), "pct")
        case .random, .dfs: return (RandomDriver(random: random, maxPreemptions: request.maxPreemptions, length: length), "random")
        }
    }

    /// CHESS's iterative preemption bounding: every schedule with 0 preemptions, then 1, ...
    /// up to `maxPreemptions`, each bound's tree depth first.
    private func exploreDFS(_ progress: (ExploreProgress) -> Void) -> ExploreOutcome {
        var schedules = 0
        for bound in 0...max(0, request.maxPreemptions) {
            var prefix: [DFSDriver.Point]? = []
            schedules = 0
            while let current = prefix {
                if outOfBudget { return .passed(runs: runs, exhausted: nil) }
                let driver = DFSDriver(prefix: current, bound: bound)
                let r = run(driver: driver)
                schedules += 1
                if let found = check(r) { return found }
                progress(ExploreProgress(runs: runs, seconds: elapsed, strategy: "dfs, at most \(bound) preemptions"))
                prefix = DFSDriver.nextPrefix(after: driver.points, bound: bound)
            }
        }
        return .passed(runs: runs, exhausted: (schedules, max(0, request.maxPreemptions)))
    }

    private func run(driver: ScheduleDriver) -> SteeredRun {
        runs += 1
        let r = ProgramRun.runSteered(start, options: options, driver: driver)
        // The first run's count: a run that spins while a waiter is kept off the GIL offers
        // thousands of switch points, which would thin every later run's preemptions out.
        if runs == 1, let counting = driver as? CountingDriver { length = max(1, counting.questions) }
        return r
    }

    /// The failure of run `r`, shrunk, as the outcome; nil when it passed.
    private func check(_ r: SteeredRun) -> ExploreOutcome? {
        guard let kind = failure(of: r) else { return nil }
        let found = runs
        let shrunk = shrink(r, kind)
        var schedule = shrunk.schedule
        // The run ended before the explorer's step cap, so it replays the same under the
        // request's own budget: the schedule names the options the learner gave.
        schedule.options = request.options
        return .found(ExploreFailure(kind: kind, run: found, result: shrunk.result, schedule: schedule))
    }

    func failure(of r: SteeredRun) -> FailureKind? {
        if let e = r.uncaught.first(where: { $0.type != "KeyboardInterrupt" }) { return .exception(e.type) }
        if r.deadlock { return .deadlock }
        if request.explicitStepBudget && r.result.status == 4
            && String(decoding: r.result.stderr, as: UTF8.self).contains("step budget exhausted") { return .stepBudget }
        if let expectedStdout, r.result.stdout != expectedStdout { return .differentOutput }
        return nil
    }

    /// Fewer preemptions: tries the schedule cut before each preemption (the automatic rule
    /// from there on) and without each single preemption, and keeps a run that still fails the
    /// same way with fewer (its own decisions, which may differ after the change), until none
    /// does. Runs spent here are not counted as search runs.
    private func shrink(_ failing: SteeredRun, _ kind: FailureKind) -> SteeredRun {
        var best = failing
        var improved = true
        var searches = 0
        while improved && best.schedule.preemptions > 0 {
            improved = false
            defer {
                // No single cut or drop helped: a short random search with fewer preemptions.
                if !improved, best.schedule.preemptions > 1, let fewer = searchFewer(than: best, kind, seed: searches) {
                    best = fewer
                    improved = true
                    searches += 1
                }
            }
            let log = best.schedule.decisions
            let preemptions = log.picks.filter { $0.step != nil }
            let candidates = preemptions.map { log.prefix($0.index) } + preemptions.reversed().map { Explorer.dropping($0, from: log) }
            for candidate in candidates {
                let r = ProgramRun.runSteered(start, options: options, driver: nil, replay: candidate)
                if failure(of: r) == kind && r.schedule.preemptions < best.schedule.preemptions {
                    best = r
                    improved = true
                    break
                }
            }
        }
        return best
    }

    /// Runs spent looking for a failure with fewer preemptions than the one found.
    static let shrinkSearchRuns = 300

    /// A run with random preemptions, fewer than `best` has, that fails the same way; nil if
    /// `shrinkSearchRuns` runs (or the time limit) find none.
    private func searchFewer(than best: SteeredRun, _ kind: FailureKind, seed: Int) -> SteeredRun? {
        let deadline = Date().addingTimeInterval(max(1, request.timeLimit - elapsed))
        for n in 0..<Explorer.shrinkSearchRuns where Date() < deadline {
            let random = ExploreRandom(seed: request.options.seed ^ 0x5EED, run: seed * Explorer.shrinkSearchRuns + n)
            let driver = RandomDriver(random: random, maxPreemptions: best.schedule.preemptions - 1, length: length)
            let r = ProgramRun.runSteered(start, options: options, driver: driver)
            if failure(of: r) == kind && r.schedule.preemptions < best.schedule.preemptions { return r }
        }
        return nil
    }

    /// `log` without the preemption `dropped` (the decisions after it keep their order).
    static func dropping(_ dropped: ChoiceLog.Pick, from log: ChoiceLog) -> ChoiceLog {
        var out = ChoiceLog()
        var next = 0
        for pick in log.picks where pick != dropped {
            let index = pick.index > dropped.index ? pick.index - 1 : pick.index
            out.appendAutomatic(count: index - next)
            if let step = pick.step { out.appendPreemption(step: step, thread: pick.thread) } else { out.appendPick(pick.thread) }
            next = index + 1
        }
        out.appendAutomatic(count: log.count - 1 - next)
        return out
    }
}
