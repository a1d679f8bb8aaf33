import Foundation
import LessonKit
import Machine
import TerminalUI
import Trace
import XCTest
@testable import Tutor

/// The challenge in the run view at 80x24: played to the win by keys, the schedule box, and
/// `f` finding a failure in the background.
final class ChallengeScreenTests: XCTestCase {
    let challenge = Challenge(file: "flags.py", goal: .criticalSection, line: 1)

    func makeApp(_ terminal: MemoryTerminal) throws -> TutorApp {
        var request = RunRequest(path: "flags.py", source: ChallengePlayTests.flags, options: ChallengePlay.options(for: challenge))
        request.challenge = challenge
        request.challengeKey = challenge.key(lesson: "threads")
        return TutorApp(terminal: terminal, watching: try request.engineRun(), request: request, factory: engineRunSourceFactory)
    }

    /// Main starts both threads (it blocks in start() until each runs), then the winning moves.
    static let winningKeys: [Key] = "MMMMMM1MM2112212".map { .character($0) }

    func test_challenge_playedByKeys_isSolved_shownAt80x24_andKeptInProgress() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        terminal.enqueue(Self.winningKeys.dropLast())
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("Challenge: get two threads into the critical section"), terminal.screenText)
        XCTAssertFalse(terminal.screenText.contains("Solved!"), "one move short of the goal")
        XCTAssertFalse(app.context.progress.isSolved("threads/flags.py"))
        terminal.enqueue(Self.winningKeys.suffix(1))
        _ = app.run()
        let text = terminal.screenText
        XCTAssertTrue(text.contains("Solved!"), text)
        XCTAssertTrue(text.contains("You reached the goal in 16 moves."), text)
        XCTAssertTrue(app.context.progress.isSolved("threads/flags.py"))
        // Any key but r, s and q closes the box to look at the winning run; the status line keeps the mark.
        terminal.enqueue(.character("x"))
        _ = app.run()
        XCTAssertFalse(terminal.screenText.contains("You reached the goal"), terminal.screenText)
        XCTAssertTrue(terminal.screenText.contains("✓ solved"), terminal.screenText)
    }

    func test_blockedThread_cannotMove_andTheLearnerIsToldWhy() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        // Main blocks in a.start() until A runs: main cannot move now.
        terminal.enqueue(Array(repeating: Key.character("M"), count: 7))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("MainThread cannot run now: it is blocked."), terminal.screenText)
    }

    func test_scheduleBox_at80x24_holdsAScheduleThatReplaysTheLearnersRun() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        terminal.enqueue(Array(Self.winningKeys.prefix(12)) + [.character("s")])
        _ = app.run()
        let text = terminal.screenText
        XCTAssertTrue(text.contains("Schedule so far"), text)
        XCTAssertTrue(text.contains("concurrency-tutor run flags.py --schedule v1:every,si=100000.0:"), text)
        let screen = try XCTUnwrap(app.screens.last as? RunViewScreen)
        guard case let .schedule(scheduleText, _)? = screen.overlay else { return XCTFail("no schedule box") }
        let schedule = try Schedule.parse(scheduleText).get()
        // The learner's picks are the schedule's first decisions, and it replays strictly.
        let picks = screen.session.source.choices.picks
        XCTAssertGreaterThan(picks.count, 0)
        XCTAssertEqual(Array(schedule.decisions.picks.prefix(picks.count)), picks)
        let (result, _) = ProgramRun.runTraced(path: "flags.py", source: ChallengePlayTests.flags, arguments: [], options: schedule.options,
                                               schedule: schedule)
        XCTAssertEqual(result.status, 0, String(decoding: result.stderr, as: UTF8.self))
        // Any key closes the box.
        terminal.enqueue(.character("x"))
        _ = app.run()
        XCTAssertFalse(terminal.screenText.contains("Schedule so far"))
    }

    /// The explorer's lost update: read, call, write back (a switch point between).
    static let counterCall = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Explore/counter_call.py")

    func test_find_runsInTheBackground_loadsTheFailure_andMarksItsPreemptions() throws {
        let request = RunRequest(path: "counter_call.py", source: try String(contentsOf: Self.counterCall))
        let screen = RunViewScreen(session: try RunSession(request: request, factory: engineRunSourceFactory))
        let context = makeRunContext()
        _ = screen.handle(.character("f"), context: context)
        XCTAssertNotNil(screen.findJob)
        XCTAssertTrue(screen.isAnimating, "the app keeps drawing the progress bar")
        let status = screen.statusLine(context: context)?.spans.map(\.text).joined() ?? ""
        XCTAssertTrue(status.contains("searching schedules") && status.contains("Esc stops"), status)
        let deadline = Date().addingTimeInterval(60)
        while screen.findJob != nil && Date() < deadline {
            _ = screen.tick(elapsedMilliseconds: 16, context: context)
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTAssertNil(screen.findJob)
        let message = context.message ?? ""
        XCTAssertTrue(message.hasPrefix("Found: exception AssertionError after"), message)
        XCTAssertFalse(screen.preemptionTimes.isEmpty)
        XCTAssertGreaterThan(screen.session.source.choices.preemptionCount, 0, "the view runs the failing schedule")
        XCTAssertGreaterThan(screen.controller.cursor, 0, "the cursor stands where the run departs")
        XCTAssertEqual(screen.session.trace.time(ofChange: screen.controller.cursor), screen.preemptionTimes[0])
        // Played to its end, the loaded run fails as found.
        _ = screen.handle(.character("G"), context: context)
        let deadlineEnd = Date().addingTimeInterval(30)
        while !screen.session.ended && Date() < deadlineEnd { _ = screen.tick(elapsedMilliseconds: 16, context: context) }
        let errors = screen.session.trace.output(throughChange: screen.session.trace.changeCount - 1).filter { $0.stream == .stderr }
        XCTAssertTrue(errors.map(\.text).joined().contains("AssertionError"))
    }

    func test_find_escStopsTheSearch() throws {
        let request = RunRequest(path: "lost.py", source: "import threading\nx = 1\nprint(x)\n")
        let screen = RunViewScreen(session: try RunSession(request: request, factory: engineRunSourceFactory))
        let context = makeRunContext()
        _ = screen.handle(.character("f"), context: context)
        _ = screen.handle(.escape, context: context)
        let deadline = Date().addingTimeInterval(30)
        while screen.findJob != nil && Date() < deadline {
            _ = screen.tick(elapsedMilliseconds: 16, context: context)
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTAssertEqual(context.message, "Search stopped.")
    }

    func test_showMe_searchesInTheBackground_thenPlaysTheWin_withoutMarkingItSolved() throws {
        var request = RunRequest(path: "flags.py", source: ChallengePlayTests.flags, options: ChallengePlay.options(for: challenge))
        request.challenge = challenge
        request.challengeKey = challenge.key(lesson: "threads")
        let screen = RunViewScreen(session: try RunSession(request: request, factory: engineRunSourceFactory))
        let context = makeRunContext()
        _ = screen.handle(.character("h"), context: context)
        XCTAssertNotNil(screen.wayJob)
        XCTAssertTrue(screen.isAnimating)
        let deadline = Date().addingTimeInterval(60)
        while screen.overlay == nil && Date() < deadline {
            _ = screen.tick(elapsedMilliseconds: RunViewScreen.showInterval, context: context)
            Thread.sleep(forTimeInterval: 0.005)
        }
        guard case let .solved(goal, moves, shown)? = screen.overlay else { return XCTFail("show me did not reach the goal") }
        XCTAssertEqual(goal, .criticalSection)
        XCTAssertTrue(shown)
        XCTAssertEqual(moves, screen.challenge?.moves.count)
        XCTAssertFalse(context.progress.isSolved("threads/flags.py"), "watching is not solving")
        XCTAssertEqual(Set(ChallengeGoal.threadsInside(screen.session.trace, criticalLines: [11])).count, 2)
    }
}
