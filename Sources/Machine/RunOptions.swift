/// Where the scheduler may switch threads under the GIL.
public enum SwitchPoints: String, Sendable, CaseIterable, Equatable {
    /// CPython 3.11's eval-breaker points: RESUME, JUMP_BACKWARD and calls.
    case cpython
    /// Before any instruction (as textbooks draw it).
    case every
}

/// Every option of a run of the engine, the one options type: `run`, `watch` and `check`
/// parse them once (the CLI's engine option group), the app's run view and the lesson checker
/// make them, and `ProgramRun`/`LiveRun` take nothing else.
public struct RunOptions: Sendable, Equatable {
    /// Seeds `random` and every choice the scheduler makes.
    public var seed: UInt64
    /// The step budget: a run that uses it up ends with exit status 4.
    public var maxSteps: Int
    /// Virtual cores (free-threaded runs use them all; under the GIL one runs at a time).
    public var cores: Int
    /// `sys.getswitchinterval()` at start, in seconds of virtual time.
    public var switchInterval: Double
    public var switchPoints: SwitchPoints
    /// Free-threaded (PEP 703, 3.13t): no GIL, threads run in parallel on the cores.
    public var noGIL: Bool
    /// Bytes the program's heap may hold before allocations raise MemoryError.
    public var memoryLimit: Int
    /// 1 GiB (Docs/DECISIONS.md, "Memory is bounded").
    public static let defaultMemoryLimit = 1 << 30
    /// Whether library functions marked as shortcuts run without a frame where that changes
    /// nothing observable (Interpreter+Shortcuts.swift); off only to test that claim.
    public var frameShortcuts: Bool

    public init(seed: UInt64 = 0, maxSteps: Int = 2_000_000_000, cores: Int = 4, switchInterval: Double = 0.005,
                switchPoints: SwitchPoints = .cpython, noGIL: Bool = false,
                memoryLimit: Int = RunOptions.defaultMemoryLimit, frameShortcuts: Bool = true) {
        self.seed = seed
        self.maxSteps = maxSteps
        self.cores = cores
        self.switchInterval = switchInterval
        self.switchPoints = switchPoints
        self.noGIL = noGIL
        self.memoryLimit = memoryLimit
        self.frameShortcuts = frameShortcuts
    }
}
