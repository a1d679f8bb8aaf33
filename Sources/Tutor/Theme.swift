import LessonKit
import TerminalUI

/// The app's styles, resolved once for the terminal's capabilities (colour or not, Unicode or ASCII).
public struct Theme {
    public var colors: Bool
    public var unicode: Bool
    /// The app's own words, in the language chosen.
    public var strings: Strings

    public init(capabilities: TerminalCapabilities, language: Language = .en) {
        colors = capabilities.colors
        unicode = capabilities.unicode
        strings = .of(language)
    }

    var box: BoxStyle { unicode ? .unicode : .ascii }

    /// Applies a foreground colour only when the terminal has colour; attributes always apply,
    /// so NO_COLOR still gets bold, underline and reverse video.
    func color(_ color: Color, bold: Bool = false, dim: Bool = false, italic: Bool = false, underline: Bool = false) -> Style {
        Style(foreground: colors ? color : .default, bold: bold, dim: dim, underline: underline, italic: italic)
    }

    var plain: Style { .plain }
    var titleBar: Style { Style(foreground: colors ? .black : .default, background: colors ? .cyan : .default, bold: true, reverse: !colors) }
    var statusBar: Style { Style(foreground: colors ? .black : .default, background: colors ? .white : .default, reverse: !colors) }
    var heading: Style { color(.brightYellow, bold: true) }
    var subheading: Style { color(.yellow, bold: true) }
    var emphasis: Style { color(.default, italic: true, underline: !colors) }
    var strong: Style { color(.default, bold: true) }
    var inlineCode: Style { color(.brightCyan) }
    var link: Style { color(.brightBlue, underline: true) }
    var dim: Style { color(.brightBlack, dim: !colors) }
    var selection: Style { Style(foreground: colors ? .black : .default, background: colors ? .brightCyan : .default, bold: true, reverse: !colors) }
    var border: Style { color(.brightBlack) }
    var paneTitle: Style { color(.brightWhite, bold: true) }
    var good: Style { color(.green, bold: true) }
    var bad: Style { color(.red, bold: true) }
    var hint: Style { color(.magenta) }
    var question: Style { color(.brightMagenta, bold: true) }
    var warning: Style { color(.yellow, bold: true) }

    // Python colouring.
    var keyword: Style { color(.magenta, bold: true) }
    var builtin: Style { color(.cyan) }
    var string: Style { color(.green) }
    var number: Style { color(.yellow) }
    var comment: Style { color(.brightBlack, italic: true) }
    var decorator: Style { color(.brightBlue) }
    var definition: Style { color(.brightBlue, bold: true) }

    var bullet: String { unicode ? "•" : "-" }
    var doneMark: String { unicode ? "✓" : "*" }
    var startedMark: String { unicode ? "◐" : "+" }
    var arrowRight: String { unicode ? "→" : "->" }
    var arrowLeft: String { unicode ? "←" : "<-" }
    var codeGutter: String { unicode ? "│ " : "| " }
    var continuation: String { unicode ? "↪ " : "> " }
    var ellipsis: String { unicode ? "…" : "~" }
}
