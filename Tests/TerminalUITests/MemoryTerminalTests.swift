import XCTest
@testable import TerminalUI

final class MemoryTerminalTests: XCTestCase {
    func test_readKey_returnsQueuedKeysInOrderThenNil() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(.down, .enter)
        terminal.enqueue([.character("q")])
        XCTAssertEqual(terminal.readKey(timeout: nil), .down)
        XCTAssertEqual(terminal.readKey(timeout: 0), .enter)
        XCTAssertEqual(terminal.readKey(timeout: 100), .character("q"))
        XCTAssertNil(terminal.readKey(timeout: nil), "an empty queue never blocks")
    }

    func test_resize_changesSizeAndQueuesResize() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(.up)
        terminal.resize(to: Size(width: 60, height: 20))
        XCTAssertEqual(terminal.size, Size(width: 60, height: 20))
        XCTAssertEqual(terminal.readKey(timeout: 0), .up)
        XCTAssertEqual(terminal.readKey(timeout: 0), .resize)
    }

    func test_present_recordsLastGridAndCount() {
        let terminal: MemoryTerminal = MemoryTerminal(size: Size(width: 10, height: 2))
        XCTAssertNil(terminal.lastGrid)
        XCTAssertEqual(terminal.presentCount, 0)
        var grid = CellGrid(size: terminal.size)
        grid.write("one", x: 0, y: 0)
        terminal.present(grid)
        grid.write("two", x: 0, y: 1)
        terminal.present(grid)
        XCTAssertEqual(terminal.presentCount, 2)
        XCTAssertEqual(terminal.lastGrid?.lines, ["one", "two"])
        XCTAssertEqual(terminal.screenText, "one\ntwo")
    }

    func test_capabilities_defaultToColorAndUnicode() {
        let terminal = MemoryTerminal(size: Size(width: 1, height: 1))
        XCTAssertEqual(terminal.capabilities, TerminalCapabilities(colors: true, unicode: true))
        let plain = MemoryTerminal(size: Size(width: 1, height: 1), capabilities: .init(colors: false, unicode: false))
        XCTAssertEqual(BoxStyle.forCapabilities(plain.capabilities), .ascii)
    }

    func test_usableThroughTheProtocol() {
        let terminal: any Terminal = MemoryTerminal(size: Size(width: 5, height: 1))
        terminal.present(CellGrid(size: terminal.size))
        XCTAssertNil(terminal.readKey(timeout: 0))
    }
}
