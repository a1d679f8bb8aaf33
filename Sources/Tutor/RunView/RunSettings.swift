import Trace

/// The engine options a watched run is made with, Tutor-side, so the app need not know the
/// engine's own option type; the factory maps them to it.
public struct RunSettings: Equatable, Sendable {
    /// Where the scheduler may switch threads (DESIGN: `--switch-points cpython|every`).
    /// Nested so it never clashes with the engine's own `SwitchPoints` where both are imported.
    public enum SwitchPoints: String, CaseIterable, Sendable {
        /// Back-edges and calls, as CPython 3.11's eval breaker.
        case cpython
        /// Any instruction, as the textbooks draw it.
        case every
    }

    public var seed: UInt64
    public var cores: Int
    /// The GIL switch interval in seconds of virtual time (CPython's default is 5 ms).
    public var switchInterval: Double
    public var switchPoints: SwitchPoints
    /// Free-threaded (3.13t) model: no GIL.
    public var noGIL: Bool

    public init(seed: UInt64 = 0, cores: Int = 4, switchInterval: Double = 0.005, switchPoints: SwitchPoints = .cpython, noGIL: Bool = false) {
        self.seed = seed
        self.cores = cores
        self.switchInterval = switchInterval
        self.switchPoints = switchPoints
        self.noGIL = noGIL
    }

    /// The mode the status line names and `m` cycles through: cpython → every → no-gil.
    public var modeName: String { noGIL ? "no-gil" : switchPoints.rawValue }

    /// The next mode in the `m` cycle; other settings are kept.
    public func nextMode() -> RunSettings {
        var next = self
        if noGIL {
            next.noGIL = false
            next.switchPoints = .cpython
        } else if switchPoints == .cpython {
            next.switchPoints = .every
        } else {
            next.noGIL = true
            next.switchPoints = .cpython
        }
        return next
    }
}

/// Makes a run source; the app and the `watch` command hold one so the engine stays pluggable.
/// `choices` is a prefix of scheduling decisions to replay (deterministic), empty for a fresh run.
public typealias RunSourceFactory = (_ path: String, _ source: String, _ arguments: [String],
                                     _ settings: RunSettings, _ choices: ChoiceLog) throws -> RunSource

/// What the run view needs to (re)create its source: the program, its arguments and settings.
public struct RunRequest: Equatable {
    public var path: String
    public var source: String
    public var arguments: [String]
    public var settings: RunSettings
    public init(path: String, source: String, arguments: [String] = [], settings: RunSettings = RunSettings()) {
        self.path = path
        self.source = source
        self.arguments = arguments
        self.settings = settings
    }
}

/// A finished run replayed from its trace: `advance` has nothing more to produce. Used by the
/// tests, the hidden demo and the frame benchmark.
public final class RecordedRunSource: RunSource {
    public let path: String
    public let source: String
    public let trace: Trace
    public let ending: RunEnding?
    public var manualScheduling = false
    public var pendingChoice: SchedulingChoice? { nil }
    public var choices: ChoiceLog { [] }

    public init(path: String, source: String, trace: Trace, ending: RunEnding) {
        self.path = path
        self.source = source
        self.trace = trace
        self.ending = ending
    }

    public func advance(instructions: Int) {}
    public func choose(_ thread: ThreadID) {}
}
