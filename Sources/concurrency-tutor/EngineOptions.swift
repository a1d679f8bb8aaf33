import ArgumentParser
import Machine
import Tutor

extension SwitchPoints: ExpressibleByArgument {}

/// `--schedule STRING` for `run` and `watch`: a schedule printed by `explore`, replayed exactly.
struct ScheduleOption: ParsableArguments {
    @Option(help: ArgumentHelp("Replay this schedule (printed by explore); it fixes the engine options it names.", valueName: "schedule"))
    var schedule: String?

    func validate() throws {
        if let schedule, case .failure(let error) = Schedule.parse(schedule) { throw ValidationError(error.description) }
    }

    /// The parsed schedule (validated already), or nil.
    var parsed: Schedule? { schedule.flatMap { try? Schedule.parse($0).get() } }

    /// The engine options of a run: the schedule's when there is one, else the command line's.
    func runOptions(_ engine: EngineOptions) throws -> RunOptions {
        guard let parsed else { return engine.runOptions() }
        return try engine.runOptions(replaying: parsed)
    }
}

/// The engine's options, parsed once for every command that runs programs (`run`, `watch`,
/// `check`) into the one options type, `RunOptions`. Unset options keep the command's
/// defaults: `check` has its own step budget per example.
struct EngineOptions: ParsableArguments {
    private static let defaults = RunOptions()

    @Option(help: "Seed of the random module and the scheduler. (default: \(defaults.seed))")
    var seed: UInt64?
    @Option(name: .customLong("max-steps"),
            help: "Stop with exit status 4 after this many bytecode steps. (default: \(defaults.maxSteps); check: \(ExampleChecker.Options.defaultMaxSteps) per example)")
    var maxSteps: Int?
    @Option(help: "Virtual CPU cores. (default: \(defaults.cores))")
    var cores: Int?
    @Option(name: .customLong("switch-interval"),
            help: "GIL switch interval in virtual seconds (sys.setswitchinterval). (default: \(defaults.switchInterval))")
    var switchInterval: Double?
    @Option(name: .customLong("switch-points"),
            help: "Where the GIL may change hands: cpython (3.11 eval-breaker points) or every (any instruction). (default: \(defaults.switchPoints.rawValue))")
    var switchPoints: SwitchPoints?
    @Flag(name: .customLong("no-gil"), help: "Free-threaded: no GIL, threads run in parallel on the cores.")
    var noGIL = false
    @Option(name: .customLong("max-memory"),
            help: ArgumentHelp("Bytes the program's objects may take before it gets MemoryError. (default: \(defaults.memoryLimit), 1 GiB)",
                               valueName: "bytes"))
    var maxMemory: Int?

    func validate() throws {
        if let cores, cores < 1 { throw ValidationError("--cores must be at least 1") }
        if let switchInterval, !(switchInterval > 0) { throw ValidationError("--switch-interval must be positive") }
        if let maxMemory, maxMemory <= 0 { throw ValidationError("--max-memory must be a positive number of bytes") }
    }

    /// The options `schedule` was recorded with (its header), plus `--max-memory`: replaying
    /// needs the same run, so an option given here that differs from the schedule's is a
    /// usage error rather than a silent divergence.
    func runOptions(replaying schedule: Schedule) throws -> RunOptions {
        var options = schedule.options
        func same<T: Equatable>(_ given: T?, _ recorded: T, _ flag: String) throws {
            guard let given, given != recorded else { return }
            throw ValidationError("\(flag) \(given) differs from the schedule's \(recorded): leave it out to replay the schedule")
        }
        try same(seed, options.seed, "--seed")
        try same(maxSteps, options.maxSteps, "--max-steps")
        try same(cores, options.cores, "--cores")
        try same(switchInterval, options.switchInterval, "--switch-interval")
        try same(switchPoints, options.switchPoints, "--switch-points")
        try same(noGIL ? true : nil, options.noGIL, "--no-gil")
        if let maxMemory { options.memoryLimit = maxMemory }
        return options
    }

    /// `base` with every option given on the command line applied.
    func runOptions(_ base: RunOptions = RunOptions()) -> RunOptions {
        var options = base
        if let seed { options.seed = seed }
        if let maxSteps { options.maxSteps = maxSteps }
        if let cores { options.cores = cores }
        if let switchInterval { options.switchInterval = switchInterval }
        if let switchPoints { options.switchPoints = switchPoints }
        if noGIL { options.noGIL = true }
        if let maxMemory { options.memoryLimit = maxMemory }
        return options
    }
}
