import Foundation
import LessonKit
import Machine
import Trace

/// A way to win a challenge: the threads to move, one a statement, and the schedule of that
/// run completed to its end (what `run --schedule` replays).
struct ChallengeSolution: Equatable {
    var moves: [ThreadID]
    var schedule: Schedule
}

/// Searches a challenge's moves the way the learner makes them (a statement of one thread at
/// a time), at random with a fixed seed, for a run that reaches the goal: `check` proves each
/// challenge solvable with it and the hint "show me" replays what it found. The explorer's
/// own failures are not the goals (two threads in a section, a text printed), and its
/// preemptions may fall inside a statement, where the learner cannot switch.
enum ChallengeSolver {
    /// Runs tried at most, and moves per run.
    static let defaultRuns = 400
    static let maxMoves = 400

    /// The first winning run found in `runs` runs or `timeLimit` seconds; nil when none (or
    /// when `keepGoing`, asked after every run with the runs so far, says stop).
    static func solve(_ challenge: Challenge, path: String, source: String, runs: Int = defaultRuns, timeLimit: Double = 60,
                      seed: UInt64 = 1, keepGoing: (Int) -> Bool = { _ in true }) -> ChallengeSolution? {
        let request = RunRequest(path: path, source: source, options: ChallengePlay.options(for: challenge))
        let started = Date()
        var random = ExploreRandom(seed: seed, run: 0)
        for run in 0..<runs where Date().timeIntervalSince(started) < timeLimit {
            guard keepGoing(run), let session = try? RunSession(request: request, factory: engineRunSourceFactory) else { return nil }
            let play = ChallengePlay(challenge: challenge, source: source)
            play.start(session)
            var last: ThreadID?
            for _ in 0..<maxMoves {
                let movable = play.movable(in: session)
                guard !movable.isEmpty else { break }
                // Half the time the same thread goes on: runs of one thread reach further into
                // the program than a coin per statement does.
                let thread: ThreadID
                if let last, movable.contains(last), random.next() % 2 == 0 {
                    thread = last
                } else {
                    thread = movable[Int(random.next() % UInt64(movable.count))]
                }
                last = thread
                let outcome = play.move(thread, in: session)
                if outcome == .solved {
                    return ChallengeSolution(moves: play.moves, schedule: session.completedSchedule())
                }
                if outcome == .over { break }
            }
            if play.isReached(session) { return ChallengeSolution(moves: play.moves, schedule: session.completedSchedule()) }
        }
        return nil
    }
}

extension RunSession {
    /// The schedule of the run so far, the learner's picks included, completed by the
    /// automatic rule to the program's end: `run --schedule` on its text reproduces this run.
    func completedSchedule() -> Schedule {
        ProgramRun.runSteered(path: request.path, source: request.source, arguments: request.arguments, options: request.options,
                              driver: nil, replay: source.choices).schedule
    }
}
