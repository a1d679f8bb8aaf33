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
    /// Wraps styled spans to `width` display columns by `LineBreak`'s rules (at spaces, between
    /// Chinese characters, kinsoku kept, even across spans). Continuation lines start with
    /// `indent` so list items and quotes keep a hanging indent; a word wider than the line is
    /// broken between characters, never inside one.
    func wrapped(width: Int, firstPrefix: [Span] = [], indent: String = "") -> [StyledLine] {
        let width = Swift.max(width, 1)
        var characters: [Character] = []
        var styles: [Style] = []
        for span in self {
            for character in span.text {
                characters.append(character)
                styles.append(span.style)
            }
        }
        let prefix = StyledLine(firstPrefix)
        let layout = LineBreak.lines(characters, width: width, firstUsed: prefix.width,
                                     firstHasContent: !prefix.text.allSatisfy { $0 == " " },
                                     restUsed: displayWidth(indent))
        var lines: [StyledLine] = []
        for (number, segments) in layout.enumerated() {
            var line = number == 0 ? prefix : StyledLine(indent.isEmpty ? [] : [Span(text: indent, style: .plain)])
            func append(_ character: Character, _ style: Style) {
                if let last = line.spans.last, last.style == style {
                    line.spans[line.spans.count - 1].text.append(character)
                } else {
                    line.spans.append(Span(text: String(character), style: style))
                }
            }
            for segment in segments {
                // The space takes the style of the text it was in.
                if segment.spaceBefore { append(" ", styles[segment.range.lowerBound - 1]) }
                for index in segment.range { append(characters[index], styles[index]) }
            }
            lines.append(line)
        }
        return lines
    }
}
