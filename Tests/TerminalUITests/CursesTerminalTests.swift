import CNcursesw
import XCTest
@testable import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Smoke tests against a pseudo-terminal, so curses really starts without touching the
/// terminal running the tests.
final class CursesTerminalTests: XCTestCase {
    private var master: Int32 = -1
    private var slaveOutput: UnsafeMutablePointer<FILE>?
    private var slaveInput: UnsafeMutablePointer<FILE>?

    override func setUpWithError() throws {
        master = ctui_posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, ctui_grantpt(master) == 0, ctui_unlockpt(master) == 0,
              let name = ctui_ptsname(master) else {
            throw XCTSkip("cannot open a pseudo-terminal")
        }
        let path = String(cString: name)
        guard let output = fopen(path, "w"), let input = fopen(path, "r") else {
            throw XCTSkip("cannot open \(path)")
        }
        slaveOutput = output
        slaveInput = input
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fileno(output), UInt(TIOCSWINSZ), &size)
        // Drain what curses writes so a full pty buffer can never block the test.
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    override func tearDown() {
        if let slaveOutput { fclose(slaveOutput) }
        if let slaveInput { fclose(slaveInput) }
        if master >= 0 { close(master) }
    }

    private func drain() -> [UInt8] {
        var all: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            all += buffer[0..<n]
        }
        return all
    }

    private func makeTerminal() throws -> CursesTerminal {
        let output = try XCTUnwrap(slaveOutput)
        let input = try XCTUnwrap(slaveInput)
        return CursesTerminal(terminalType: "xterm-256color", output: output, input: input)
    }

    func test_startPresentStop_onPty_doesNotCrash() throws {
        let terminal = try makeTerminal()
        try terminal.start()
        XCTAssertTrue(terminal.isActive)
        XCTAssertEqual(terminal.size, Size(width: 80, height: 24))
        var grid = CellGrid(size: terminal.size)
        Pane.draw(in: &grid, rect: Rect(size: grid.size), title: "Smoke 漢字", box: .unicode,
                  style: Style(foreground: .brightCyan), titleStyle: Style(foreground: .yellow, bold: true))
        grid.write("wide 漢字 and emoji 🙂 e\u{301}", x: 2, y: 2, style: Style(background: .blue))
        grid.write("X", x: 79, y: 23)
        terminal.present(grid)
        grid.write("changed", x: 2, y: 3, style: Style(reverse: true, italic: true))
        terminal.present(grid)
        // A grid larger than the screen is clipped rather than crashing.
        terminal.present(CellGrid(size: Size(width: 200, height: 60)))
        XCTAssertNil(terminal.readKey(timeout: 0))
        XCTAssertFalse(drain().isEmpty, "curses wrote to the terminal")
        terminal.stop()
        XCTAssertFalse(terminal.isActive)
        terminal.stop()
        _ = drain()
    }

    func test_readKey_decodesBytesTypedIntoThePty() throws {
        let terminal = try makeTerminal()
        try terminal.start()
        defer { terminal.stop() }
        // \e[200~ is unknown to terminfo, so it reaches the Esc fallback and must be swallowed whole.
        let typed = Array("q\u{1B}[B\u{3}\u{1B}[200~漢".utf8)
        XCTAssertEqual(write(master, typed, typed.count), typed.count)
        var keys: [Key] = []
        let deadline = Date().addingTimeInterval(5)
        while keys.count < 4, Date() < deadline {
            if let key = terminal.readKey(timeout: 50) {
                keys.append(key)
            }
        }
        XCTAssertEqual(keys, [.character("q"), .down, .control("c"), .character("漢")])
        _ = drain()
    }

    func test_readKey_loneEscape_arrivesAsEscape() throws {
        let terminal = try makeTerminal()
        try terminal.start()
        defer { terminal.stop() }
        XCTAssertEqual(write(master, [0x1B], 1), 1)
        var key: Key?
        let deadline = Date().addingTimeInterval(5)
        while key == nil, Date() < deadline {
            key = terminal.readKey(timeout: 50)
        }
        XCTAssertEqual(key, .escape)
        XCTAssertNil(terminal.readKey(timeout: 0))
        _ = drain()
    }

    func test_start_unknownTerm_throwsCannotStart() throws {
        let terminal = CursesTerminal(terminalType: "no-such-terminal-xyz", output: try XCTUnwrap(slaveOutput),
                                      input: try XCTUnwrap(slaveInput))
        XCTAssertThrowsError(try terminal.start()) { error in
            XCTAssertTrue("\(error)".contains("no-such-terminal-xyz"), "\(error)")
        }
        XCTAssertFalse(terminal.isActive)
    }

    func test_start_onNonTerminal_throwsCannotStart() throws {
        let devNull = try XCTUnwrap(fopen("/dev/null", "r+"))
        defer { fclose(devNull) }
        let terminal = CursesTerminal(terminalType: "xterm", output: devNull, input: devNull)
        XCTAssertThrowsError(try terminal.start())
    }

    func test_present_sendsOnlyChangedCells_andEverythingAfterResize() throws {
        let terminal = try makeTerminal()
        try terminal.start()
        defer { terminal.stop() }
        var grid = CellGrid(size: terminal.size)
        grid.write("hello", x: 0, y: 0)
        terminal.present(grid)
        XCTAssertEqual(terminal.cellsDrawnByLastPresent, 80 * 24)
        terminal.present(grid)
        XCTAssertEqual(terminal.cellsDrawnByLastPresent, 0)
        grid.write("J", x: 0, y: 0)
        grid.write("漢", x: 10, y: 5)
        terminal.present(grid)
        XCTAssertEqual(terminal.cellsDrawnByLastPresent, 2, "a wide char is sent once, not per half")
        XCTAssertEqual(terminal.key(forCode: KEY_RESIZE), .resize)
        terminal.present(grid)
        XCTAssertEqual(terminal.cellsDrawnByLastPresent, 80 * 24 - 1, "full redraw after a resize")
        _ = drain()
    }

    func test_keyForCode_mapsCursesKeys() throws {
        let terminal = CursesTerminal()
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_HOME, .home),
            (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_DC, .delete), (KEY_IC, .insert),
            (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter), (KEY_BTAB, .backTab),
            (ctui_key_f(1), .function(1)), (ctui_key_f(12), .function(12)),
        ]
        for (code, key) in expected {
            XCTAssertEqual(terminal.key(forCode: code), key, "code \(code)")
        }
        XCTAssertNil(terminal.key(forCode: KEY_MOUSE))
    }

    func test_capabilities_followNoColorAndLocale() throws {
        setenv("NO_COLOR", "1", 1)
        setenv("LC_ALL", "C.UTF-8", 1)
        defer {
            unsetenv("NO_COLOR")
            unsetenv("LC_ALL")
        }
        let terminal = try makeTerminal()
        try terminal.start()
        XCTAssertEqual(terminal.capabilities, TerminalCapabilities(colors: false, unicode: true))
        terminal.stop()
        unsetenv("NO_COLOR")
        setenv("LC_ALL", "C", 1)
        try terminal.start()
        XCTAssertEqual(terminal.capabilities, TerminalCapabilities(colors: true, unicode: false))
        terminal.stop()
        _ = drain()
    }

    func test_palette_allocatesOnePairPerColourCombination() throws {
        let terminal = try makeTerminal()
        try terminal.start()
        defer { terminal.stop() }
        try XCTSkipUnless(terminal.capabilities.colors, "pty terminal has no colours")
        let red = Style(foreground: .red)
        let (_, first) = terminal.palette.attributes(for: red, colors: true)
        let (_, again) = terminal.palette.attributes(for: Style(foreground: .red, bold: true), colors: true)
        let (_, blue) = terminal.palette.attributes(for: Style(foreground: .red, background: .blue), colors: true)
        let (_, plain) = terminal.palette.attributes(for: .plain, colors: true)
        XCTAssertGreaterThan(first, 0)
        XCTAssertEqual(first, again, "attributes do not need a pair of their own")
        XCTAssertNotEqual(first, blue)
        XCTAssertEqual(plain, 0, "the terminal's default colours are pair 0")
        let (attributes, noPair) = terminal.palette.attributes(for: Style(foreground: .red, bold: true), colors: false)
        XCTAssertEqual(noPair, 0)
        XCTAssertEqual(attributes & ctui_a_bold(), ctui_a_bold())
        _ = drain()
    }
}
