import Trace

/// A program the run view watches. It runs incrementally: the view asks it to advance as
/// playback needs more of the trace, and reads everything it draws from `trace`.
///
/// The engine's live run conforms to this (see `EngineRunSource`); tests use recorded or
/// hand-built traces.
public protocol RunSource: AnyObject {
    /// The file being run (shown in the title) and its text (the code pane).
    var path: String { get }
    var source: String { get }
    /// Everything recorded so far, with line steps and frames (a watched run).
    var trace: Trace { get }
    /// Set once the program has ended; nil while it can still advance.
    var ending: RunEnding? { get }
    /// Runs at most `instructions` more bytecode instructions (bounded work per frame), stopping
    /// early at a pending scheduling choice or the end.
    func advance(instructions: Int)
    /// Under manual scheduling, the engine stops at each choice and waits here until `choose`.
    var manualScheduling: Bool { get set }
    var pendingChoice: SchedulingChoice? { get }
    func choose(_ thread: ThreadID)
    /// The decisions made so far (replaying them reproduces this run exactly).
    var choices: ChoiceLog { get }
    /// Makes the trace hold `change` in detail again when it has let it go (a long run keeps
    /// only its latest changes): the source runs again from a checkpoint before it.
    func rewind(toChange change: Int)
}

extension RunSource {
    /// A source whose trace holds every change never needs to rewind.
    public func rewind(toChange change: Int) {}
}
