import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal via ncursesw. start() enters curses mode (and installs SIGINT/SIGTERM/SIGSEGV/SIGABRT
/// handlers that restore the terminal then re-raise/exit 130/143); stop() restores it; idempotent.
///
/// Input runs in raw mode: Ctrl-C arrives as the key `.control("c")` (the app quits on it
/// cleanly, saving progress) instead of a SIGINT, and Ctrl-S/Ctrl-Q do not freeze output.
/// Signals sent from outside (kill, a closed terminal) still restore the terminal.
/// Honours NO_COLOR (any non-empty value), has_colors(), and the locale (unicode only if
/// nl_langinfo(CODESET) is UTF-8). All calls must come from the main thread.
public final class CursesTerminal: Terminal {
    public private(set) var size = Size(width: 80, height: 24)
    public private(set) var capabilities = TerminalCapabilities(colors: false, unicode: false)

    /// Where curses reads and writes; nil means the process's stdin/stdout.
    private let streams: (output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)?
    private let terminalType: String?
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    var palette = CursesPalette()
    /// The grid as last sent, so present() sends only what changed; nil forces a full redraw.
    private var shown: CellGrid?
    var decoder = KeyDecoder()
    var pendingKeys: [Key] = []
    /// How many cells the last present() sent to curses; tests check that unchanged cells are skipped.
    private(set) var cellsDrawnByLastPresent = 0

    /// Does not touch the terminal.
    public init() {
        streams = nil
        terminalType = nil
    }

    /// A terminal on other streams (tests use a pty); `terminalType` overrides `TERM`.
    init(terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>) {
        self.terminalType = terminalType
        streams = (output, input)
    }

    deinit {
        stop()
    }

    public var isActive: Bool { screen != nil }

    // MARK: - Lifecycle

    /// Whether the environment's locale for characters (LC_ALL, LC_CTYPE, LANG: the first set) is UTF-8.
    static func asksForUTF8(_ variable: (String) -> String? = { getenv($0).map { String(cString: $0) } }) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap(variable).first { !$0.isEmpty } ?? ""
        let lower = name.lowercased()
        return lower.hasSuffix(".utf-8") || lower.hasSuffix(".utf8")
    }

    /// Enters curses mode.
    /// - Throws: `TerminalError.cannotStart` when the streams are not a terminal or curses does not know `TERM`.
    public func start() throws {
        guard screen == nil else { return }
        // Wide characters and wcwidth follow the locale; without this curses treats UTF-8 as Latin-1.
        // Only LC_CTYPE: LC_ALL would also switch LC_NUMERIC, and a German locale would then make
        // C-formatted floats in the simulated Python's output print "3,14".
        if setlocale(LC_CTYPE, "") == nil, Self.asksForUTF8() {
            // A UTF-8 locale that is not installed (zh_CN.UTF-8 in a bare container) would leave
            // curses in "C" and print Chinese as bytes: C.UTF-8 has the same encoding and widths.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        let output = streams?.output ?? stdout
        let input = streams?.input ?? stdin
        guard let output, let input else {
            throw TerminalError.cannotStart("no standard input or output")
        }
        guard isatty(fileno(output)) == 1, isatty(fileno(input)) == 1 else {
            throw TerminalError.cannotStart("standard input and output must be a terminal (use a subcommand such as `list` or `run` when piping)")
        }
        let type = terminalType ?? getenv("TERM").map { String(cString: $0) }
        guard let type, !type.isEmpty else {
            throw TerminalError.cannotStart("TERM is not set (try TERM=xterm-256color)")
        }
        // newterm, not initscr: initscr prints an error and calls exit(1) on an unknown TERM.
        CursesSignals.install()
        guard let newScreen = newterm(type, output, input) else {
            CursesSignals.uninstall()
            throw TerminalError.cannotStart("TERM=\(type) is not a terminal type curses knows (try TERM=xterm-256color)")
        }
        screen = newScreen
        set_term(newScreen)
        let win = ctui_stdscr()
        window = win
        raw()
        noecho()
        nonl()
        keypad(win, true)
        // Plain Esc would otherwise wait a whole second for a sequence that never comes.
        set_escdelay(25)
        curs_set(0)
        var colors = false
        if has_colors() {
            let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
            if noColor.isEmpty, start_color() != ERR {
                colors = true
                palette.reset(defaultColors: use_default_colors() != ERR, colorCount: Int(ctui_colors()),
                              pairLimit: Int(ctui_color_pairs()))
            }
        }
        let codeset = ctui_codeset().map { String(cString: $0) } ?? ""
        capabilities = TerminalCapabilities(colors: colors, unicode: codeset == "UTF-8")
        updateSize()
        shown = nil
    }

    /// Leaves curses mode and restores the terminal; safe to call more than once.
    public func stop() {
        guard let current = screen else { return }
        set_term(current)
        endwin()
        CursesSignals.uninstall()
        delscreen(current)
        screen = nil
        window = nil
        shown = nil
        pendingKeys.removeAll()
    }

    func updateSize() {
        guard let window else { return }
        size = Size(width: Int(ctui_getmaxx(window)), height: Int(ctui_getmaxy(window)))
        shown = nil
    }

    // MARK: - Output

    public func present(_ grid: CellGrid) {
        guard let window else { return }
        let previous = shown.flatMap { $0.size == grid.size ? $0 : nil }
        if previous == nil {
            werase(window)
        }
        let width = min(grid.size.width, size.width)
        let height = min(grid.size.height, size.height)
        var cell = cchar_t()
        var drawn = 0
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let current = grid[x, y]
                if current.isContinuation {
                    continue
                }
                // A wide char's continuation carries nothing of its own; only whether it is one matters.
                if let previous, previous[x, y] == current,
                   previous[x + 1, y].isContinuation == grid[x + 1, y].isContinuation {
                    continue
                }
                var text = current.text
                // A wide char whose second half falls off a smaller screen cannot be drawn.
                if x + 1 < grid.size.width, grid[x + 1, y].isContinuation, x + 1 >= width {
                    text = " "
                }
                let (attributes, pair) = palette.attributes(for: current.style, colors: capabilities.colors)
                var wide = Self.wideCharacters(text)
                setcchar(&cell, &wide, attributes, pair, nil)
                // The bottom-right cell reports ERR (the cursor cannot advance) yet is drawn.
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
                drawn += 1
            }
        }
        wrefresh(window)
        shown = grid
        cellsDrawnByLastPresent = drawn
    }

    /// The grapheme as a NUL-terminated wchar_t array holding what setcchar accepts: one spacing
    /// character followed by non-spacing ones, at most CCHARW_MAX in all.
    private static func wideCharacters(_ text: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if !result.isEmpty, scalarWidth(scalar) != 0 {
                break
            }
            if result.count == Int(CCHARW_MAX) {
                break
            }
            result.append(wchar_t(bitPattern: scalar.value))
        }
        if result.isEmpty {
            result.append(wchar_t(32))
        }
        result.append(0)
        return result
    }
}
