import Trace
import XCTest
@testable import Tutor
import TutorFixtures

/// Playback as numbers: which change the cursor is on after each key, on recorded samples.
final class RunViewControllerTests: XCTestCase {
    let sample = SampleRuns.twoThreadsAndALock()

    func test_nextEvent_skipsLineSteps_andBackReturnsThroughTheSameEvents() {
        let index = sample.index
        var controller = PlaybackController()
        var forward: [Int] = []
        while controller.nextEvent(index: index, ended: true) == .moved { forward.append(controller.cursor) }
        XCTAssertFalse(forward.isEmpty)
        XCTAssertTrue(forward.allSatisfy { !index.isLineStep($0) }, "n lands only on events")
        XCTAssertEqual(forward.last, sample.trace.changeCount - 1)
        XCTAssertEqual(forward, (1..<sample.trace.changeCount).filter { !index.isLineStep($0) })
        var backward: [Int] = []
        while controller.stepBack(index: index) == .moved { backward.append(controller.cursor) }
        XCTAssertEqual(backward, Array(forward.dropLast().reversed()) + [0])
        XCTAssertEqual(controller.cursor, 0)
    }

    func test_nextStep_followsTheSelectedThreadsLines() {
        let index = sample.index
        var controller = PlaybackController()
        let worker = ThreadID(2)
        var lines: [Int] = []
        while controller.nextStep(of: worker, index: index, ended: true) == .moved,
              index.isLineStep(controller.cursor) {
            lines.append(sample.trace.line(of: worker, atChange: controller.cursor) ?? -1)
        }
        XCTAssertEqual(lines, [8, 9, 9, 10])
    }

    func test_startAndEnd_jumpToFirstAndLastChange() {
        let index = sample.index
        var controller = PlaybackController()
        XCTAssertEqual(controller.goToEnd(index: index, ended: true), .moved)
        XCTAssertEqual(controller.cursor, sample.trace.changeCount - 1)
        XCTAssertEqual(controller.goToEnd(index: index, ended: true), .atEnd)
        XCTAssertEqual(controller.goToStart(), .moved)
        XCTAssertEqual(controller.cursor, 0)
    }

    func test_play_advancesBySpeedTimesElapsed_andStopsAtTheEnd() {
        let index = sample.index
        var controller = PlaybackController()
        controller.togglePlay(index: index, ended: true)
        XCTAssertTrue(controller.playing)
        XCTAssertEqual(controller.speed, 20)
        XCTAssertEqual(controller.tick(elapsedMilliseconds: 16, index: index, ended: true), .unchanged, "0.32 of a change owed")
        XCTAssertEqual(controller.tick(elapsedMilliseconds: 50, index: index, ended: true), .moved)
        XCTAssertEqual(controller.cursor, 1)
        controller.faster()
        XCTAssertEqual(controller.speed, 50)
        _ = controller.tick(elapsedMilliseconds: 100, index: index, ended: true)
        XCTAssertEqual(controller.cursor, 6)
        _ = controller.tick(elapsedMilliseconds: 100_000, index: index, ended: true)
        XCTAssertEqual(controller.cursor, sample.trace.changeCount - 1)
        XCTAssertEqual(controller.tick(elapsedMilliseconds: 16, index: index, ended: true), .atEnd)
        XCTAssertFalse(controller.playing)
        // Space at the end of a finished run plays it again from the start.
        controller.togglePlay(index: index, ended: true)
        XCTAssertEqual(controller.cursor, 0)
        XCTAssertTrue(controller.playing)
    }

    func test_speed_staysWithinTheTable() {
        var controller = PlaybackController()
        for _ in 0..<30 { controller.slower() }
        XCTAssertEqual(controller.speed, 1)
        for _ in 0..<30 { controller.faster() }
        XCTAssertEqual(controller.speed, PlaybackController.speeds.last)
    }

    func test_nextEvent_beyondTheRecordedTrace_waitsForALiveRun() {
        let index = sample.index
        var controller = PlaybackController()
        _ = controller.goToEnd(index: index, ended: true)
        XCTAssertEqual(controller.nextEvent(index: index, ended: false), .waiting)
        XCTAssertEqual(controller.seek, .nextEvent)
        XCTAssertTrue(controller.needsMoreTrace(index: index, ended: false))
        controller.cancelSeek()
        XCTAssertFalse(controller.needsMoreTrace(index: index, ended: false))
    }

    func test_zoom_stepsThroughNiceUnits_andFitResets() {
        var controller = PlaybackController()
        controller.zoomIn(current: 100_000)
        XCTAssertEqual(controller.zoom, 50_000)
        controller.zoomOut(current: 50_000)
        XCTAssertEqual(controller.zoom, 100_000)
        controller.zoomOut(current: 100_000)
        XCTAssertEqual(controller.zoom, 200_000)
        controller.zoomToFit()
        XCTAssertNil(controller.zoom)
    }

    func test_keepVisible_scrollsToTheCursorAndTheSelectedThread() {
        var controller = PlaybackController()
        controller.zoom = 1_000
        controller.keepVisible(cursorTime: 500_000, unit: 1_000, columns: 100, threadRows: 5)
        XCTAssertLessThanOrEqual(controller.timelineStart, 500_000)
        XCTAssertGreaterThan(controller.timelineStart + 100_000, 500_000)
        controller.selectThread(by: 40, count: 50)
        controller.keepVisible(cursorTime: 500_000, unit: 1_000, columns: 100, threadRows: 5)
        XCTAssertEqual(controller.threadScroll, 36)
        controller.selectThread(by: 15, count: 50)
        XCTAssertEqual(controller.selectedThread, 5, "Tab wraps around")
    }
}
