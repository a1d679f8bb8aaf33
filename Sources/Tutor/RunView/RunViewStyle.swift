import Foundation
import TerminalUI
import Trace

/// The run view's glyphs and colours. Every state has its own glyph as well as its own colour,
/// so the timeline reads the same under NO_COLOR and in ASCII.
extension Theme {
    /// The state categories the timeline draws, in legend order.
    enum StateCategory: Int, CaseIterable {
        // The first six in the trace summary's kind order (TraceSummary.kind).
        case running, waitingForGIL, waitingForCore, blocked, sleeping, suspended, finished

        init?(_ state: ThreadState) {
            switch state {
            case .running: self = .running
            case .waitingForGIL: self = .waitingForGIL
            case .waitingForCore: self = .waitingForCore
            case .blocked: self = .blocked
            case .sleeping: self = .sleeping
            case .finished: self = .finished
            case .suspended: self = .suspended
            case .notStarted: return nil
            }
        }
    }

    func glyph(_ category: StateCategory) -> Character {
        switch category {
        case .running: return unicode ? "█" : "#"
        case .waitingForGIL: return unicode ? "░" : "-"
        case .waitingForCore: return unicode ? "▒" : "~"
        case .blocked: return unicode ? "╳" : "x"
        case .sleeping: return unicode ? "·" : "."
        case .finished: return unicode ? "▁" : "_"
        case .suspended: return unicode ? "┄" : ":"
        }
    }

    func stateStyle(_ category: StateCategory) -> Style {
        switch category {
        case .running: return color(.green)
        case .waitingForGIL: return color(.yellow)
        case .waitingForCore: return color(.cyan)
        case .blocked: return color(.red, bold: true)
        case .sleeping: return color(.blue)
        case .finished: return color(.brightBlack)
        case .suspended: return color(.magenta)
        }
    }

    static let threadPalette: [Color] = [.brightCyan, .brightMagenta, .brightYellow, .brightGreen, .brightBlue, .brightRed,
                                         .cyan, .magenta, .yellow, .green, .blue, .red]

    /// A thread's own colour (names, code markers, the GIL row), by its position in the run.
    func threadStyle(_ position: Int, bold: Bool = false) -> Style {
        color(Self.threadPalette[position % Self.threadPalette.count], bold: bold)
    }

    /// A value that changed in the last step: colour, and underline without colour.
    var changed: Style { Style(foreground: colors ? .brightYellow : .default, bold: true, underline: !colors) }
    /// The deadlock cycle.
    var cycle: Style { Style(foreground: colors ? .brightRed : .default, bold: true, reverse: !colors) }
    /// The line that just ran, in the code pane.
    var justRan: Style { Style(background: colors ? .blue : .default, bold: !colors) }
    var stderrStyle: Style { color(.red) }
    var cursorColumn: Style { Style(reverse: true) }

    var playGlyph: String { unicode ? "▶" : ">" }
    var pauseGlyph: String { unicode ? "❚❚" : "||" }
    var cellMark: String { unicode ? "◆" : "@" }
    var frameMark: String { unicode ? "▸" : ">" }
    var suspendedMark: String { unicode ? "⏸" : "=" }
    var cycleMark: String { unicode ? "⟳" : "!" }
    var stderrMark: String { unicode ? "▌" : "!" }
    var ranMark: String { unicode ? "→" : ">" }
}

/// Single-character keys for threads (M for the main thread, then 1-9, a-z, A-Z), used in the
/// code pane's markers and the GIL row where a name does not fit.
enum ThreadKeys {
    static let pool = Array("123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLNOPQRSTUVWXYZ")

    static func make(_ threads: [ThreadInfo]) -> [ThreadID: Character] {
        var keys: [ThreadID: Character] = [:]
        var next = 0
        var mainTaken = false
        for thread in threads {
            if thread.name == "MainThread" && !mainTaken {
                keys[thread.id] = "M"
                mainTaken = true
            } else {
                keys[thread.id] = next < pool.count ? pool[next] : "+"
                next += 1
            }
        }
        return keys
    }
}

/// Virtual time for people: `0`, `750µs`, `1.5ms`, `2.25s`.
func formatDuration(_ ns: Nanoseconds, ascii: Bool = false) -> String {
    func trimmed(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
    if ns == 0 { return "0" }
    if ns < 1_000 { return "\(ns)ns" }
    if ns < 1_000_000 { return trimmed(Double(ns) / 1_000) + (ascii ? "us" : "µs") }
    if ns < 1_000_000_000 { return trimmed(Double(ns) / 1_000_000) + "ms" }
    return trimmed(Double(ns) / 1_000_000_000) + "s"
}
