import LessonKit
import Machine
import Trace

extension RunOptions {
    /// The mode the status line names and `m` cycles through: cpython → every → no-gil.
    var modeName: String { noGIL ? "no-gil" : switchPoints.rawValue }

    /// The next mode in the `m` cycle; other options are kept.
    func nextMode() -> RunOptions {
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

/// Makes a run source; the app holds one so the engine stays pluggable (tests pass a fake).
/// `choices` is a prefix of scheduling decisions to replay (deterministic), empty for a fresh run.
public typealias RunSourceFactory = (_ path: String, _ source: String, _ arguments: [String],
                                     _ options: RunOptions, _ choices: ChoiceLog) throws -> RunSource

/// What the run view needs to (re)create its source: the program, its arguments and the
/// engine's options.
public struct RunRequest: Equatable {
    public var path: String
    public var source: String
    public var arguments: [String]
    public var options: RunOptions
    /// A challenge page's goal: the view opens in challenge mode (the learner moves threads).
    public var challenge: Challenge?
    /// Where progress keeps the challenge solved (`Challenge.key(lesson:)`); nil: not kept.
    public var challengeKey: String?
    public init(path: String, source: String, arguments: [String] = [], options: RunOptions = RunOptions()) {
        self.path = path
        self.source = source
        self.arguments = arguments
        self.options = options
    }
}
