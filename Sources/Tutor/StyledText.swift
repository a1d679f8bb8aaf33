import TerminalUI

/// A run of text in one style.
struct Span: Equatable {
    var text: String
    var style: Style
}

/// One screen line built from styled spans.
struct StyledLine: Equatable {
    var spans: [Span]

    init(_ spans: [Span] = []) { self.spans = spans }
    init(_ text: String, _ style: Style = .plain) { spans = [Span(text: text, style: style)] }

    var text: String { spans.map(\.text).joined() }
    var width: Int { spans.reduce(0) { $0 + displayWidth($1.text) } }

    /// Draws the line at (x, y), clipped to `clip`.
    func draw(in grid: inout CellGrid, x: Int, y: Int, clip: Rect) {
        var column = x
        for span in spans {
            column += grid.write(span.text, x: column, y: y, style: span.style, clip: clip)
        }
    }
}

extension Array where Element == Span {
    /// Word-wraps styled spans to `width` display columns. Continuation lines start with
    /// `indent` so list items and quotes keep a hanging indent; a word wider than the line is
    /// broken between characters, never inside one.
    func wrapped(width: Int, firstPrefix: [Span] = [], indent: String = "") -> [StyledLine] {
        let width = Swift.max(width, 1)
        var lines: [StyledLine] = []
        var current = StyledLine(firstPrefix)
        var currentWidth = current.width
        var pendingSpace: Span?
        let indentWidth = displayWidth(indent)

        func newLine() {
            lines.append(current)
            current = StyledLine(indent.isEmpty ? [] : [Span(text: indent, style: .plain)])
            currentWidth = indentWidth
            pendingSpace = nil
        }

        func append(_ text: String, _ style: Style) {
            if let last = current.spans.last, last.style == style {
                current.spans[current.spans.count - 1].text += text
            } else {
                current.spans.append(Span(text: text, style: style))
            }
            currentWidth += displayWidth(text)
        }

        for span in self {
            for (index, piece) in span.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { pendingSpace = Span(text: " ", style: span.style) }
                let word = String(piece)
                if word.isEmpty { continue }
                let wordWidth = displayWidth(word)
                let spaceWidth = pendingSpace == nil ? 0 : 1
                let atLineStart = currentWidth <= indentWidth && current.spans.allSatisfy { $0.text.allSatisfy { $0 == " " } }
                if !atLineStart && currentWidth + spaceWidth + wordWidth > width {
                    newLine()
                } else if let space = pendingSpace, !atLineStart {
                    append(space.text, space.style)
                }
                pendingSpace = nil
                if currentWidth + wordWidth <= width {
                    append(word, span.style)
                    continue
                }
                // Too long for any line: break between grapheme clusters.
                for character in word {
                    let w = displayWidth(character)
                    if currentWidth + w > width && currentWidth > indentWidth { newLine() }
                    append(String(character), span.style)
                }
            }
        }
        if !current.spans.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
