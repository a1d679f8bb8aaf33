import LessonKit
import Machine
import TerminalUI
import Trace

/// Challenge mode: the learner moves one thread a statement (or, after `x`, one bytecode
/// instruction) at a time by its key (M, 1, 2...) until the goal is reached; "show me" (`h`) searches for a way and plays it move by move.
extension RunViewScreen {
    /// A challenge's keys; nil lets the key through to playback (Tab, b, g, zoom, help).
    func handleChallenge(_ key: Key, context: AppContext) -> ScreenAction? {
        guard challenge != nil else { return nil }
        if case .solved? = overlay {
            switch key {
            case .character("r"): restartChallenge(context)
            case .character("s"): showSchedule(context: context)
            case .character("q"), .escape: return .pop
            // Any other key closes the box, to look at the run that won.
            default: overlay = nil
            }
            return ScreenAction.none
        }
        let threads = session.trace.threads
        switch key {
        case .character("h"): startShowMe(context)
        case .character("r"): restartChallenge(context)
        case .character("x"):
            guard let challenge else { break }
            challenge.instructionMoves.toggle()
            context.message = challenge.instructionMoves ? context.strings.movesByInstruction : context.strings.movesByStatement
        case .character(" "), .character("n"), .enter:
            guard threads.indices.contains(controller.selectedThread) else { break }
            move(threads[controller.selectedThread].id, context: context)
        case let .character(c) where c.isNumber || c == "M":
            guard let thread = ThreadKeys.make(threads).first(where: { $0.value == c })?.key else {
                context.message = context.strings.noSuchThread
                break
            }
            move(thread, context: context)
        // Re-running in another mode or under manual picks would leave the challenge's rules.
        case .character("t"), .character("m"), .character("f"), .character("i"), .character("G"): break
        default: return nil
        }
        return ScreenAction.none
    }

    /// Runs `thread`'s next statement and shows where the run stands after it.
    func move(_ thread: ThreadID, context: AppContext) {
        guard let challenge else { return }
        showQueue = []
        let outcome = challenge.move(thread, in: session, instructions: challenge.instructionMoves)
        followEnd(selecting: thread)
        let s = context.strings
        switch outcome {
        case .moved:
            // The source shows only the line: say which instruction of it comes next.
            if challenge.instructionMoves, let live = session.source as? LiveRun,
               let next = live.nextInstruction(of: thread) {
                context.message = s.nextInstruction(session.trace.info(of: thread)?.name ?? s.thatThread, next)
            }
        case .solved: challengeSolved(context, shown: false)
        case .over: context.message = s.endedWithoutGoal
        case .cannotMove(let state):
            context.message = s.cannotMove(session.trace.info(of: thread)?.name ?? s.thatThread, state?.label ?? ThreadState.notStarted.label)
        }
    }

    /// The cursor on the run's last change, the moved thread selected.
    private func followEnd(selecting thread: ThreadID) {
        controller.playing = false
        controller.cancelSeek()
        controller.cursor = max(session.index.changeCount - 1, 0)
        if let position = session.trace.threads.firstIndex(where: { $0.id == thread }) { controller.selectedThread = position }
    }

    private func challengeSolved(_ context: AppContext, shown: Bool) {
        guard let challenge else { return }
        overlay = .solved(goal: challenge.challenge.goal, moves: challenge.moves.count, shown: shown)
        if !shown, let key = session.request.challengeKey, !context.progress.isSolved(key) {
            context.progress.markSolved(key)
            context.saveProgress()
        }
    }

    /// The program from the start again, the main thread on its first statement.
    func restartChallenge(_ context: AppContext) {
        guard let challenge else { return }
        do {
            try session.restart(manual: false)
        } catch {
            context.message = context.strings.couldNotRerun("\(error)")
            return
        }
        challenge.start(session)
        overlay = nil
        showQueue = []
        followEnd(selecting: session.trace.threads.first?.id ?? ThreadID(0))
    }

    /// `h`: searches for a way to win in the background; `pollChallengeJob` plays it.
    private func startShowMe(_ context: AppContext) {
        guard let challenge, wayJob == nil else { return }
        let goal = challenge.challenge
        let (path, source) = (session.request.path, session.request.source)
        wayJob = BackgroundJob { job in
            ChallengeSolver.solve(goal, path: path, source: source) { runs in
                job.report(fraction: Double(runs) / Double(ChallengeSolver.defaultRuns), detail: "\(runs)")
                return !job.isStopped
            }
        }
    }

    /// Takes in a finished "show me" search and plays its moves, one per `showInterval`.
    func pollChallengeJob(elapsedMilliseconds: Int, context: AppContext) -> Bool {
        if let job = wayJob, let result = job.result {
            wayJob = nil
            guard let solution = result else {
                context.message = job.isStopped ? context.strings.findStopped : context.strings.noWayFound
                return true
            }
            restartChallenge(context)
            showQueue = solution.moves
            showClock = 0
            context.message = context.strings.showingWay
            return true
        }
        guard let challenge, !showQueue.isEmpty else { return false }
        showClock += elapsedMilliseconds
        guard showClock >= Self.showInterval else { return false }
        showClock = 0
        let thread = showQueue.removeFirst()
        let outcome = challenge.move(thread, in: session)
        followEnd(selecting: thread)
        if outcome == .solved {
            showQueue = []
            challengeSolved(context, shown: true)
        }
        return true
    }
}
