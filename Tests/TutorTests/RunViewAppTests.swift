import Foundation
import LessonKit
import Machine
import TerminalUI
import Trace
import XCTest
@testable import Tutor

/// The run view inside the app: opened with `r` from a lesson page, played by the app's frame loop.
final class RunViewAppTests: XCTestCase {
    func makeApp(_ terminal: MemoryTerminal, factory: RunSourceFactory?) -> TutorApp {
        let (catalog, _) = Catalog.load(from: TutorAppTests.courseRoot)
        return TutorApp(terminal: terminal, catalog: catalog, store: nil, runSourceFactory: factory)
    }

    func test_r_onAPageWithAnExample_opensTheRunView_andQReturnsToThePage() {
        let fake = FakeFactory()
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let app = makeApp(terminal, factory: fake.factory)
        terminal.enqueue(.enter, .right, .character("r"))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("Timeline"), terminal.screenText)
        XCTAssertEqual(fake.calls.count, 1)
        XCTAssertEqual(fake.calls[0].options, RunOptions())
        terminal.enqueue(.character("q"))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("page 2 of 3"), terminal.screenText)
    }

    func test_r_withoutAnEngine_saysSo() {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let app = makeApp(terminal, factory: nil)
        terminal.enqueue(.enter, .right, .character("r"))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("The engine is not plugged in yet"), terminal.screenText)
        XCTAssertTrue(terminal.screenText.contains("page 2 of 3"))
    }

    func test_r_onAPageWithoutAnExample_saysSo() {
        let fake = FakeFactory()
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let app = makeApp(terminal, factory: fake.factory)
        terminal.enqueue(.enter, .character("r"))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("This page has no example to run."), terminal.screenText)
        XCTAssertEqual(fake.calls.count, 0)
    }

    func test_play_ticksAtMostEveryFrame_andStopsTickingWhenPaused() {
        let fake = FakeFactory()
        let terminal = IdleLimitedTerminal(MemoryTerminal(size: Size(width: 100, height: 30)), idleReads: 200)
        let request = RunRequest(path: "endless.py", source: "while True:\n    x = 1\n    y = 2\n")
        let source = FakeRunSource()
        let app = TutorApp(terminal: terminal, watching: source, request: request, factory: fake.factory)
        var now = 0
        app.clock = { now += 4; return now }
        terminal.enqueue(.character("+"), .character("+"), .character(" "))
        _ = app.run()
        let screen = app.screens.last as? RunViewScreen
        XCTAssertGreaterThan(screen?.controller.cursor ?? 0, 20, "an endless program keeps animating")
        XCTAssertTrue(terminal.screenText.contains("playing"))
        // Redraws follow frames (16 ms of the clock), not the loop's iterations: the key
        // presses, the first frame, then at most one a frame.
        XCTAssertLessThanOrEqual(terminal.presentCount, 4 + now / TutorApp.frameMilliseconds)
        XCTAssertLessThanOrEqual(source.advanced.count, 201)
        terminal.enqueue(.character(" "))
        let presents = terminal.presentCount
        _ = app.run()
        XCTAssertFalse(app.isAnimating)
        XCTAssertEqual(terminal.presentCount, presents + 2, "paused: the first frame and one for the key, then nothing")
    }
}
