/// A rectangle of styled cells that screens draw into before a terminal presents it.
///
/// Invariant: a continuation cell always follows the lead cell of a wide character, so a
/// wide character is never half drawn.
public struct CellGrid: Equatable {
    public private(set) var size: Size
    private var cells: [Cell]

    public init(size: Size) {
        let clamped = Size(width: max(0, size.width), height: max(0, size.height))
        self.size = clamped
        self.cells = Array(repeating: .blank, count: clamped.width * clamped.height)
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at (x, y); a blank cell outside the grid, so callers need not bounds-check reads.
    public subscript(x: Int, y: Int) -> Cell {
        guard bounds.contains(x: x, y: y) else { return .blank }
        return cells[y * size.width + x]
    }

    public mutating func clear(style: Style = .plain) {
        let blank = Cell(text: " ", style: style)
        for i in cells.indices {
            cells[i] = blank
        }
    }

    // MARK: - Writing

    /// Writes `text` at (x, y), clipped to `clip` (default: the whole grid); never splits a wide
    /// character (a wide char that would straddle the clip edge becomes a space). Returns columns written.
    ///
    /// Tabs become one space; other control characters and zero-width graphemes are skipped,
    /// since a cell must show something one or two columns wide.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard !area.isEmpty, y >= area.y, y < area.maxY else { return 0 }
        var column = x
        var written = 0
        for character in text {
            if column >= area.maxX { break }
            let glyph: Character = character == "\t" ? " " : character
            let width = displayWidth(glyph)
            if width == 0 { continue }
            let end = column + width
            if end <= area.x {
                column = end
                continue
            }
            if column < area.x || end > area.maxX {
                // A wide character cut by the clip edge: show a space for its visible half.
                let visible = max(column, area.x)
                put(" ", width: 1, x: visible, y: y, style: style)
                written += 1
                column = end
                continue
            }
            put(String(glyph), width: width, x: column, y: y, style: style)
            written += width
            column = end
        }
        return written
    }

    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let glyph: Character = displayWidth(character) == 0 ? " " : character
        let width = displayWidth(glyph)
        let row = String(repeating: glyph, count: (area.width + width - 1) / width)
        for y in area.y..<area.maxY {
            write(row, x: area.x, y: y, style: style, clip: area)
        }
    }

    /// Applies a style change to existing cells (e.g. highlight a line) keeping their text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                change(&cells[y * size.width + x].style)
            }
        }
    }

    // MARK: - Reading as text

    /// The grid as text, one String per row, trailing spaces trimmed; continuation cells omitted.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if !cell.isContinuation {
                    line += cell.text
                }
            }
            while line.last == " " {
                line.removeLast()
            }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    // MARK: - Cell surgery

    /// Stores one grapheme of `width` columns at (x, y), which the caller has checked fits.
    private mutating func put(_ text: String, width: Int, x: Int, y: Int, style: Style) {
        detach(x: x, y: y)
        if width == 2 {
            detach(x: x + 1, y: y)
        }
        let base = y * size.width
        cells[base + x] = Cell(text: text, style: style)
        if width == 2 {
            cells[base + x + 1] = .continuation(style)
        }
    }

    /// Blanks the other half of a wide character that (x, y) belongs to, so overwriting either
    /// half never leaves an orphaned lead or continuation.
    private mutating func detach(x: Int, y: Int) {
        let base = y * size.width
        let cell = cells[base + x]
        if cell.isContinuation {
            if x > 0 {
                cells[base + x - 1] = Cell(text: " ", style: cells[base + x - 1].style)
            }
            cells[base + x] = Cell(text: " ", style: cell.style)
        } else if x + 1 < size.width, cells[base + x + 1].isContinuation {
            cells[base + x + 1] = Cell(text: " ", style: cells[base + x + 1].style)
        }
    }
}
