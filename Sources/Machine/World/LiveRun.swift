import Foundation
import Trace

/// A watched run the run view advances bit by bit: the trace grows with line steps and frames,
/// and under manual scheduling the learner makes the scheduler's choices.
///
/// Each `advance` runs on a helper thread with a 1 GB stack and waits for it, so the caller
/// (the UI thread, 8 MB) never hosts the interpreter's Swift recursion (natives calling back
/// into Python, deep Python recursion through them).
public final class LiveRun {
    public let path: String
    public let source: String
    let session: Session

    /// Starts the program; `choices` (from an earlier run's `choices`) are replayed first, then
    /// the scheduler continues by its own rule (or the learner's, under manual scheduling).
    public init(path: String, source: String, arguments: [String], options: RunOptions, choices: [ThreadID] = []) {
        self.path = path
        self.source = source
        session = Session(path: path, source: source, arguments: arguments, options: options, stdin: [], watched: true,
                          choices: choices)
    }

    /// Everything recorded so far (a watched run: line steps with frames).
    public var trace: Trace { session.world.trace }

    /// nil while running; the exit status `run` would give, with the deadlock report if any.
    public var ending: RunEnding? { session.world.ending }

    /// Runs at most about `instructions` instructions; stops early at a pending choice or the end.
    public func advance(instructions: Int) {
        guard ending == nil, pendingChoice == nil else { return }
        let session = self.session
        let n = max(1, instructions)
        ProgramRun.onBigStack { session.advance(instructions: n) }
    }

    /// When set, the scheduler stops at each choice among several threads (`pendingChoice`).
    public var manualScheduling: Bool {
        get { session.world.manual }
        set {
            session.world.manual = newValue
            if !newValue {
                session.world.pendingChoice = nil
                session.world.manualPick = nil
            }
        }
    }

    public var pendingChoice: SchedulingChoice? { session.world.pendingChoice }

    /// Answers the pending choice; the next `advance` continues with `thread`.
    public func choose(_ thread: ThreadID) {
        guard let choice = session.world.pendingChoice, choice.candidates.contains(thread) else { return }
        session.world.manualPick = Int(thread.raw)
        session.world.pendingChoice = nil
    }

    /// Every choice made so far (automatic or manual); `init(choices:)` with them reproduces this run.
    public var choices: [ThreadID] { session.world.choices }

    /// What was written to stdout and stderr so far, and the exit status once ended.
    public var result: RunResult { session.result }
}
