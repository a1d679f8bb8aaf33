import Machine
import Trace

/// Steers a watched run toward the thread the learner wants next: that thread takes a free
/// GIL when it waits for one, and the running thread gives way to it at its next switch point
/// (any instruction in `every` mode, calls and back-edges in `cpython` mode). Everything it
/// decides lands in the run's `ChoiceLog`, so the run replays from its schedule.
final class LearnerDriver: SliceStartDriver {
    /// The thread to run; nil lets the automatic rule decide.
    var wanted: ThreadID?

    // Asked at every switch point while someone waits, before each slice too: the learner
    // may change `wanted` between any two instructions.
    func nextQuestion(after step: Int) -> Int { step }

    func preempt(step: Int, running: ThreadID, waiting: [ThreadID]) -> ThreadID? {
        guard let wanted, wanted != running, waiting.contains(wanted) else { return nil }
        return wanted
    }

    func choose(step: Int, candidates: [ThreadID], automatic: Int) -> Int {
        wanted.flatMap { candidates.firstIndex(of: $0) } ?? automatic
    }
}
