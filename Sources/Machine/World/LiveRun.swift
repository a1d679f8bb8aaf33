import Foundation
import Trace

/// A watched run the run view advances bit by bit: the trace grows with line steps and frames,
/// and under manual scheduling the learner makes the scheduler's choices.
///
/// Memory stays bounded on runs of any length: the trace holds the latest `detailWindow` to
/// `2 * detailWindow` changes in detail (and a summary of the whole run), and the run keeps at
/// most `checkpointLimit` checkpoints (the process and its world, copied on write). Stepping
/// back past the detail restarts from the latest checkpoint before the wanted change and runs
/// again, replaying every decision made so far: the engine is deterministic, so it is the same
/// run, change for change.
///
/// The run executes on its session's carriers (Carriers.swift): the caller (the UI thread)
/// only waits, and never hosts the interpreter's Swift recursion.
public final class LiveRun {
    /// Changes the trace holds in detail: the latest this many to twice as many.
    public static let detailWindow = 100_000
    /// Checkpoints kept; past this, every other one goes and the spacing doubles.
    static let checkpointLimit = 16

    public let path: String
    public let source: String
    let arguments: [String]
    let options: RunOptions
    let detailWindow: Int
    private(set) var session: Session
    /// Restart points, oldest first (a run restarted before the first one starts afresh).
    private(set) var checkpoints: [Session.Checkpoint] = []
    /// A checkpoint is taken after this many changes or instructions since the last one.
    private(set) var spacing: (changes: Int, instructions: Int)
    /// The decisions up to the furthest point the run has reached; a restarted run replays them.
    private var known: ChoiceLog

    /// Starts the program; `choices` (from an earlier run's `choices`) are replayed first, then
    /// the scheduler continues by its own rule (or the learner's, under manual scheduling).
    /// `detailWindow` is for tests that step back past a small window.
    public init(path: String, source: String, arguments: [String], options: RunOptions, choices: ChoiceLog = [],
                detailWindow: Int = LiveRun.detailWindow) {
        self.path = path
        self.source = source
        self.arguments = arguments
        self.options = options
        self.detailWindow = max(detailWindow, 1)
        spacing = (max(detailWindow / 2, 1), 4_000_000)
        known = choices
        session = Session(path: path, source: source, arguments: arguments, options: options, stdin: [], watched: true,
                          detailWindow: detailWindow, choices: choices)
    }

    deinit {
        session.close()
    }

    /// Everything recorded so far (a watched run: line steps with frames).
    public var trace: Trace { session.world.trace }

    /// nil while running; the exit status `run` would give, with the deadlock report if any.
    public var ending: RunEnding? { session.ending }

    /// Runs at most about `instructions` instructions; stops early at a pending choice or the end.
    public func advance(instructions: Int) {
        guard ending == nil, pendingChoice == nil else { return }
        let session = self.session
        let n = max(1, instructions)
        session.advance(instructions: n)
        noteProgress()
    }

    /// Keeps the furthest decisions and takes a checkpoint when one is due.
    private func noteProgress() {
        if session.world.choices.count >= known.count { known = session.world.choices }
        guard session.ending == nil, session.canCheckpoint else { return }
        let changes = session.world.trace.changeCount - (checkpoints.last?.change ?? 0)
        let instructions = session.vm.steps - (checkpoints.last?.steps ?? 0)
        guard changes >= spacing.changes || instructions >= spacing.instructions else { return }
        checkpoints.append(session.checkpoint())
        if checkpoints.count > Self.checkpointLimit {
            checkpoints = checkpoints.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            spacing = (spacing.changes * 2, spacing.instructions * 2)
        }
    }

    /// Makes the trace hold `change` in detail: a change it let go is reached by running the
    /// program again from the latest checkpoint at or before it (or from the start), replaying
    /// every decision made so far; a change not reached yet (after an earlier rewind) by
    /// running on to it.
    public func rewind(toChange change: Int) {
        if change < trace.detailRange.lowerBound { restart(before: change) }
        let session = self.session
        // However far the last advance runs past it, the trace keeps `change`.
        session.world.trace.detailFloor = change
        while session.world.trace.changeCount <= change && session.ending == nil && session.world.pendingChoice == nil {
            session.advance(instructions: 20_000)
        }
        session.world.trace.detailFloor = nil
    }

    /// Replaces the session by one restarted from the latest checkpoint at or before `change`.
    private func restart(before change: Int) {
        let manual = manualScheduling
        let fresh: Session
        if let checkpoint = checkpoints.last(where: { $0.change <= change }) {
            fresh = Session(restoring: checkpoint)
        } else {
            fresh = Session(path: path, source: source, arguments: arguments, options: options, stdin: [], watched: true,
                            detailWindow: detailWindow)
        }
        session.close()
        fresh.world.replay = known
        fresh.kernel.manual = manual
        fresh.kernel.driver = session.kernel.driver
        fresh.world.pendingChoice = nil
        fresh.world.manualPick = nil
        session = fresh
    }

    /// When set, the scheduler stops at each choice among several threads (`pendingChoice`).
    public var manualScheduling: Bool {
        get { session.world.manual }
        set {
            session.kernel.manual = newValue
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
        session.world.manualPick = thread
        session.world.pendingChoice = nil
    }

    /// The decisions made so far (how many, and the picks against the automatic rule);
    /// `init(choices:)` with them reproduces this run.
    public var choices: ChoiceLog { session.world.choices.count >= known.count ? session.world.choices : known }

    /// What was written to stdout and stderr so far, and the exit status once ended.
    public var result: RunResult { session.result }
}
