import Trace
import XCTest
@testable import Tutor
import TutorFixtures

/// The live side: a fake endless source, manual scheduling, and re-runs through the factory.
final class RunViewSessionTests: XCTestCase {
    func makeScreen(_ fake: FakeFactory) throws -> RunViewScreen {
        let request = RunRequest(path: "endless.py", source: "while True:\n    x = 1\n    y = 2\n")
        return RunViewScreen(session: try RunSession(request: request, factory: fake.factory))
    }

    func test_endlessProgram_playsAtOnce_runningABoundedAmountPerFrame() throws {
        let fake = FakeFactory()
        let screen = try makeScreen(fake)
        let context = makeRunContext()
        XCTAssertEqual(fake.calls.count, 1)
        XCTAssertEqual(fake.calls[0].choices, [])
        _ = screen.handle(.character(" "), context: context)
        XCTAssertTrue(screen.isAnimating)
        var cursors: [Int] = []
        for _ in 0..<20 {
            _ = screen.tick(elapsedMilliseconds: 100, context: context)
            cursors.append(screen.controller.cursor)
        }
        XCTAssertEqual(cursors, cursors.sorted())
        XCTAssertGreaterThan(cursors.last ?? 0, 10, "playback keeps going on a program that never ends")
        XCTAssertTrue(fake.sources[0].advanced.allSatisfy { $0 == RunViewScreen.instructionsPerFrame })
        _ = screen.handle(.character(" "), context: context)
        XCTAssertFalse(screen.isAnimating, "paused: the app may block")
    }

    func test_stepBack_usesTheRecordedTrace_neverRuns() throws {
        let fake = FakeFactory()
        let screen = try makeScreen(fake)
        let context = makeRunContext()
        for _ in 0..<3 { _ = screen.handle(.character("n"), context: context) }
        let advances = fake.sources[0].advanced.count
        let cursor = screen.controller.cursor
        _ = screen.handle(.character("b"), context: context)
        XCTAssertLessThan(screen.controller.cursor, cursor)
        XCTAssertEqual(fake.sources[0].advanced.count, advances)
        XCTAssertEqual(fake.calls.count, 1)
    }

    func test_manualScheduling_asksAtEachChoice_andRecordsThePick() throws {
        let fake = FakeFactory()
        let screen = try makeScreen(fake)
        let context = makeRunContext()
        _ = screen.handle(.character("t"), context: context)
        XCTAssertEqual(fake.calls.count, 2, "the run had gone past the cursor: it runs again, manually")
        XCTAssertEqual(fake.calls[1].choices, [])
        let source = try XCTUnwrap(fake.sources.last)
        XCTAssertTrue(source.manualScheduling)
        for _ in 0..<20 where screen.prompt == nil { _ = screen.handle(.character("n"), context: context) }
        let choice = try XCTUnwrap(screen.prompt)
        XCTAssertEqual(choice.candidates, [ThreadID(2), ThreadID(3)])
        XCTAssertFalse(screen.isAnimating, "waiting for the learner uses no frames")
        _ = screen.handle(.character("2"), context: context)
        XCTAssertNil(screen.prompt)
        XCTAssertEqual(source.choices, [ThreadID(3)])
        XCTAssertEqual(screen.session.marks.map(\.chosen), [ThreadID(3)])
        XCTAssertEqual(screen.session.marks.first?.choiceIndex, 0)
    }

    func test_manualScheduling_atTheFrontier_needsNoRerun() throws {
        let fake = FakeFactory()
        let screen = try makeScreen(fake)
        let context = makeRunContext()
        _ = screen.handle(.character("G"), context: context)
        _ = screen.handle(.character("t"), context: context)
        XCTAssertEqual(fake.calls.count, 1)
        XCTAssertTrue(fake.sources[0].manualScheduling)
        _ = screen.handle(.character("t"), context: context)
        XCTAssertFalse(fake.sources[0].manualScheduling)
    }

    func test_aChoiceAfterTheLastEvent_stillPrompts_whenOnlyLineStepsFollowTheCursor() throws {
        let source = FakeRunSource()
        source.eventFirst = true
        let screen = RunViewScreen(session: RunSession(request: RunRequest(path: "endless.py", source: source.source),
                                                       source: source, factory: nil))
        let context = makeRunContext()
        _ = screen.handle(.character("t"), context: context)
        for _ in 0..<20 where screen.prompt == nil { _ = screen.handle(.character("n"), context: context) }
        XCTAssertNotNil(screen.prompt, "n stops where the run waits for the learner")
        XCTAssertEqual(screen.controller.cursor, source.trace.changeCount - 1)
    }

    func test_changingAnEarlierPick_rerunsWithTheChoicesBeforeIt() throws {
        let fake = FakeFactory()
        let screen = try makeScreen(fake)
        let context = makeRunContext()
        _ = screen.handle(.character("t"), context: context)
        var picks = 0
        for _ in 0..<40 where picks < 2 {
            if screen.prompt != nil {
                _ = screen.handle(picks == 0 ? .character("1") : .enter, context: context)
                picks += 1
            } else {
                _ = screen.handle(.character("n"), context: context)
            }
        }
        XCTAssertEqual(fake.sources.last?.choices, [ThreadID(2), ThreadID(2)])
        let second = try XCTUnwrap(screen.session.marks.last)
        screen.moveCursor(to: second.change)
        _ = screen.handle(.character("t"), context: context)
        XCTAssertEqual(screen.prompt?.candidates, [ThreadID(2), ThreadID(3)], "t on a past pick asks it again")
        _ = screen.handle(.down, context: context)
        _ = screen.handle(.enter, context: context)
        XCTAssertEqual(fake.calls.count, 3)
        XCTAssertEqual(fake.calls[2].choices, [ThreadID(2), ThreadID(3)], "the first pick replayed, then the new one")
        XCTAssertTrue(fake.sources[2].manualScheduling)
        XCTAssertEqual(screen.session.generation, 2)
        XCTAssertEqual(screen.controller.cursor, second.change)
    }

    func test_modeKey_cyclesSwitchPoints_andRerunsFromTheStart() throws {
        let fake = FakeFactory()
        let screen = try makeScreen(fake)
        let context = makeRunContext()
        for _ in 0..<3 { _ = screen.handle(.character("n"), context: context) }
        _ = screen.handle(.character("m"), context: context)
        XCTAssertEqual(fake.calls.map(\.options.modeName), ["cpython", "every"])
        XCTAssertEqual(fake.calls[1].choices, [])
        XCTAssertEqual(screen.controller.cursor, 0)
        _ = screen.handle(.character("m"), context: context)
        _ = screen.handle(.character("m"), context: context)
        XCTAssertEqual(fake.calls.map(\.options.modeName), ["cpython", "every", "no-gil", "cpython"])
        XCTAssertTrue(context.message?.contains("cpython") ?? false)
    }

    func test_recordingWithoutFactory_refusesModeChange() {
        let sample = SampleRuns.twoThreadsAndALock()
        let screen = RunViewScreen(session: RunSession(request: RunRequest(path: sample.path, source: sample.source),
                                                       source: sample.makeSource(), factory: nil))
        let context = makeRunContext()
        _ = screen.handle(.character("m"), context: context)
        XCTAssertTrue(context.message?.contains("recording") ?? false)
    }
}
