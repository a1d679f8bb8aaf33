import LessonKit
import Machine
import Trace

/// A challenge being played in a run session: the learner names a thread, it runs one
/// statement, or one bytecode instruction once the moves are expanded (`x`), while the others
/// wait, and the goal is checked after every move.
final class ChallengePlay {
    let challenge: Challenge
    /// The program's lines marked `# critical section`.
    let criticalLines: Set<Int>
    let driver = LearnerDriver()
    /// The threads moved so far, one entry a statement: what "show me" replays.
    private(set) var moves: [ThreadID] = []
    private(set) var solved = false
    /// Moves of one bytecode instruction instead of one statement (`x` in the run view).
    var instructionMoves = false

    /// A challenge run never switches on its own: no switch interval expires in it.
    static let switchInterval = 100_000.0
    /// Instructions one move may run at most (a thread spinning on a flag moves on by a statement).
    static let moveBudget = 20_000

    init(challenge: Challenge, source: String) {
        self.challenge = challenge
        criticalLines = Challenge.criticalLines(in: source)
    }

    /// The options a challenge runs with: its switch-point mode, no expiring switch interval.
    static func options(for challenge: Challenge, base: RunOptions = RunOptions()) -> RunOptions {
        var options = base
        options.noGIL = false
        options.switchPoints = challenge.switchPoints == "cpython" ? .cpython : .every
        options.switchInterval = switchInterval
        return options
    }

    /// What a move did.
    enum Outcome: Equatable {
        case moved
        /// The goal is reached (now or before).
        case solved
        /// The thread cannot run now: blocked, finished or not started.
        case cannotMove(ThreadState?)
        /// The run is over without the goal.
        case over
    }

    /// Takes over a fresh run of `session` and runs the main thread to its first statement.
    func start(_ session: RunSession) {
        attach(to: session.source)
        moves = []
        solved = false
        driver.wanted = session.trace.threads.first?.id ?? ThreadID(0)
        var budget = Self.moveBudget
        while session.index.steps.isEmpty && !session.ended && budget > 0 {
            session.advance(instructions: 1)
            budget -= 1
        }
    }

    /// Makes `source` ask the learner's driver (after a re-run replaced it).
    func attach(to source: RunSource) {
        (source as? LiveRun)?.driver = driver
    }

    /// The state of `thread` at the last change recorded.
    static func state(of thread: ThreadID, in session: RunSession) -> ThreadState? {
        session.trace.slice(of: thread, atChange: session.trace.changeCount - 1)?.state
    }

    /// Whether a thread in `state` can be moved: it runs, waits for the GIL or a core, or sleeps.
    static func canMove(_ state: ThreadState?) -> Bool {
        switch state {
        case .running?, .waitingForGIL?, .waitingForCore?, .sleeping?: return true
        default: return false
        }
    }

    /// The threads the learner can move now, in the trace's order.
    func movable(in session: RunSession) -> [ThreadID] {
        guard !session.ended else { return [] }
        return session.trace.threads.map(\.id).filter { Self.canMove(Self.state(of: $0, in: session)) }
    }

    func isReached(_ session: RunSession) -> Bool {
        challenge.goal.isReached(in: session.trace, ending: session.source.ending, criticalLines: criticalLines)
    }

    /// Runs `thread` until it starts its next statement (or, with `instructions`, has run one
    /// instruction), blocks, ends or the goal is reached; the others wait (they run only when
    /// it blocks and someone must, or, in `cpython` mode, until they reach a switch point).
    @discardableResult
    func move(_ thread: ThreadID, in session: RunSession, instructions: Bool = false) -> Outcome {
        if solved || isReached(session) {
            solved = true
            return .solved
        }
        guard !session.ended else { return .over }
        let state = Self.state(of: thread, in: session)
        guard Self.canMove(state) else { return .cannotMove(state) }
        driver.wanted = thread
        moves.append(thread)
        let start = session.index.changeCount - 1
        let live = session.source as? LiveRun
        let from = live?.position(of: thread)
        var budget = Self.moveBudget
        while budget > 0 && !session.ended {
            session.advance(instructions: 1)
            budget -= 1
            if isReached(session) { break }
            if instructions, let from, let now = live?.position(of: thread), now != from { break }
            if session.index.nextStep(of: thread, after: start) != nil { break }
            let now = Self.state(of: thread, in: session)
            if !Self.canMove(now) || now == .sleeping && state != .sleeping { break }
        }
        // Every thread blocked: the engine finds the deadlock (or the next timer) when it runs on.
        var settle = Self.moveBudget
        while !session.ended && movable(in: session).isEmpty && settle > 0 {
            session.advance(instructions: 1)
            settle -= 1
        }
        if isReached(session) {
            solved = true
            return .solved
        }
        return session.ended ? .over : .moved
    }
}
