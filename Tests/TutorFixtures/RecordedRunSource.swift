import Trace
import Tutor

/// A finished run replayed from its trace: `advance` has nothing more to produce. Feeds the
/// snapshot tests, the recorded demos and the frame benchmark.
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
