import Foundation
import LessonKit
import Machine
import Trace
import XCTest
@testable import Tutor
import TutorFixtures

/// Challenges played move by move on the engine: the learner's thread runs one statement,
/// the goal is checked after each move.
final class ChallengePlayTests: XCTestCase {
    static let flags = """
    import threading

    flag = False


    def worker():
        global flag
        while flag:
            pass
        flag = True
        print("in")  # critical section
        flag = False


    a = threading.Thread(target=worker, name="A")
    b = threading.Thread(target=worker, name="B")
    a.start()
    b.start()
    a.join()
    b.join()

    """

    func makeSession(_ source: String, _ challenge: Challenge) throws -> (RunSession, ChallengePlay) {
        let request = RunRequest(path: "flags.py", source: source, options: ChallengePlay.options(for: challenge))
        let session = try RunSession(request: request, factory: engineRunSourceFactory)
        let play = ChallengePlay(challenge: challenge, source: source)
        play.start(session)
        return (session, play)
    }

    func thread(named name: String, _ session: RunSession) -> ThreadID? {
        session.trace.threads.first { $0.name.hasPrefix(name) }?.id
    }

    func test_flags_bothThreadsPastTheCheck_beforeEitherRaisesTheFlag_isSolved() throws {
        let challenge = Challenge(file: "flags.py", goal: .criticalSection, line: 1)
        let (session, play) = try makeSession(Self.flags, challenge)
        let main = try XCTUnwrap(session.trace.threads.first?.id)
        // Main starts both threads and waits in join.
        var moves = 0
        while thread(named: "B", session) == nil || play.movable(in: session).contains(main) {
            // Main blocks in start() until the new thread runs: then that thread moves.
            let movable = play.movable(in: session)
            let who = movable.contains(main) ? main : movable[0]
            XCTAssertEqual(play.move(who, in: session), .moved)
            moves += 1
            if moves > 20 { return XCTFail("main never got to join") }
        }
        let a = try XCTUnwrap(thread(named: "A", session)), b = try XCTUnwrap(thread(named: "B", session))
        XCTAssertEqual(Set(play.movable(in: session)), [a, b])
        // B enters its function; A reads the flag (down) and stops before raising it (line
        // 10); B does the same; A enters, then B: both inside.
        for mover in [b, a, a, b, b] { XCTAssertEqual(play.move(mover, in: session), .moved) }
        func line(_ t: ThreadID) -> Int? { session.trace.line(of: t, atChange: session.trace.changeCount - 1) }
        XCTAssertEqual([line(a), line(b)], [10, 10])
        XCTAssertEqual(play.move(a, in: session), .moved)
        XCTAssertFalse(play.solved, "one thread inside is not the goal")
        XCTAssertEqual(play.move(b, in: session), .solved)
        XCTAssertEqual(Set(ChallengeGoal.threadsInside(session.trace, criticalLines: play.criticalLines)), [a, b])
        XCTAssertEqual(play.move(a, in: session), .solved, "solved stays solved")
    }

    /// Moves of one instruction split `counter += 1`: A loads the counter, B runs its whole
    /// increment, A stores its stale sum: one update is lost, which statements cannot show.
    func test_instructionMoves_splitAStatement_andLoseAnUpdate() throws {
        let source = """
        import threading

        counter = 0


        def work():
            global counter
            counter += 1


        a = threading.Thread(target=work, name="A")
        b = threading.Thread(target=work, name="B")
        a.start()
        b.start()
        a.join()
        b.join()
        print(counter)

        """
        let challenge = Challenge(file: "c.py", goal: .output("1"), line: 1)
        let (session, play) = try makeSession(source, challenge)
        let main = try XCTUnwrap(session.trace.threads.first?.id)
        var moves = 0
        while thread(named: "B", session) == nil || play.movable(in: session).contains(main) {
            let movable = play.movable(in: session)
            XCTAssertEqual(play.move(movable.contains(main) ? main : movable[0], in: session), .moved)
            moves += 1
            if moves > 20 { return XCTFail("main never got to join") }
        }
        let a = try XCTUnwrap(thread(named: "A", session)), b = try XCTUnwrap(thread(named: "B", session))
        let live = try XCTUnwrap(session.source as? LiveRun)
        // A one instruction at a time until its load of the counter is done: each move moves it.
        var seen: [String] = []
        while let next = live.nextInstruction(of: a), !next.hasPrefix("BINARY_OP") {
            let before = live.position(of: a)
            XCTAssertEqual(play.move(a, in: session, instructions: true), .moved)
            XCTAssertFalse(live.position(of: a).map { $0 == before! } ?? true, "A did not move at \(next)")
            seen.append(next)
            if seen.count > 12 { return XCTFail("A never reached the addition: \(seen)") }
        }
        XCTAssertTrue(seen.contains { $0.hasPrefix("LOAD_GLOBAL") && $0.contains("counter") }, "\(seen)")
        // B's whole increment, then A's stale store.
        while play.movable(in: session).contains(b) { _ = play.move(b, in: session) }
        var outcome = ChallengePlay.Outcome.moved
        while outcome == .moved && play.movable(in: session).contains(a) { outcome = play.move(a, in: session) }
        while outcome == .moved, let next = play.movable(in: session).first { outcome = play.move(next, in: session) }
        XCTAssertEqual(outcome, .solved, "counter printed 1")
    }

    func test_solver_findsMovesThatWin_andTheirScheduleReplaysExactly() throws {
        let challenge = Challenge(file: "flags.py", goal: .criticalSection, line: 1)
        let clock = Date()
        let solution = try XCTUnwrap(ChallengeSolver.solve(challenge, path: "flags.py", source: Self.flags))
        print("solved in \(Date().timeIntervalSince(clock)) s with \(solution.moves.count) moves")
        // The same moves win again (the engine is deterministic).
        let (session, play) = try makeSession(Self.flags, challenge)
        let outcomes = solution.moves.map { play.move($0, in: session) }
        XCTAssertEqual(outcomes.last, .solved)
        XCTAssertEqual(outcomes.dropLast().filter { $0 == .solved }, [])
        // The schedule is a whole run that `run --schedule` accepts.
        let (result, _) = ProgramRun.runTraced(path: "flags.py", source: Self.flags, arguments: [], options: solution.schedule.options,
                                               schedule: solution.schedule)
        XCTAssertEqual(result.status, 0, String(decoding: result.stderr, as: UTF8.self))
        XCTAssertEqual(Schedule.parse(solution.schedule.text), .success(solution.schedule))
        XCTAssertGreaterThan(solution.schedule.decisions.picks.count, 0, "the win needed the learner's picks")
    }

    func test_solver_noWayToTheGoal_findsNothing() {
        let challenge = Challenge(file: "flags.py", goal: .exception("KeyError"), line: 1)
        XCTAssertNil(ChallengeSolver.solve(challenge, path: "flags.py", source: Self.flags, runs: 5))
    }
}
