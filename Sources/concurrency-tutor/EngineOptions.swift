import ArgumentParser
import Machine
import Tutor

extension SwitchPoints: ExpressibleByArgument {}

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
