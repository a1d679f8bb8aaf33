/// A compile-time error in Python source, shaped like CPython's `SyntaxError` so the engine can
/// print CPython's format (`File "x.py", line N`, the source line, carets, `Kind: message`).
public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception class the error reports as.
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line number (CPython `lineno`).
    public var line: Int
    /// 1-based column of the first caret (CPython `offset`).
    public var column: Int
    /// 1-based column one past the last caret (CPython `end_offset`); `nil` means one caret.
    public var endColumn: Int?
    /// The offending source line without its newline (CPython `text`).
    public var sourceLine: String

    public init(kind: Kind = .syntaxError, message: String, filename: String, line: Int,
                column: Int, endColumn: Int? = nil, sourceLine: String = "") {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.sourceLine = sourceLine
    }

    /// `file:line:col: Kind: message`, the one-line form for tools.
    public var description: String {
        "\(filename):\(line):\(column): \(kind.rawValue): \(message)"
    }

    /// The error as CPython 3.11 prints it for an uncaught `SyntaxError` from a file.
    public var pythonFormatted: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if !sourceLine.isEmpty {
            let stripped = sourceLine.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
            let removed = sourceLine.count - stripped.count
            out += "    \(stripped)\n"
            // pythonrun.c print_error_text: no caret when it would point into the stripped
            // indentation; indentation errors get a single caret.
            let start = column - 1 - removed
            if start >= 0 {
                var width = max(1, (endColumn ?? column + 1) - column)
                if kind != .syntaxError { width = 1 }
                let clipped = min(width, max(1, stripped.count + 1 - start))
                out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: clipped) + "\n"
            }
        }
        out += "\(kind.rawValue): \(message)"
        return out
    }
}

/// A source position: 1-based line, 0-based column (as CPython's AST `col_offset`).
struct SourceLocation: Equatable, Sendable {
    var line: Int
    var col: Int
    var endLine: Int
    var endCol: Int

    static let zero = SourceLocation(line: 0, col: 0, endLine: 0, endCol: 0)

    /// A location spanning from `self` to `other`.
    func through(_ other: SourceLocation) -> SourceLocation {
        SourceLocation(line: line, col: col, endLine: other.endLine, endCol: other.endCol)
    }
}

/// Builds `SyntaxError`s that carry the right source line.
struct ErrorFactory {
    let filename: String
    /// The whole source; a line is cut out only when an error needs it (splitting every
    /// source into lines up front cost more than tokenizing it).
    let source: String

    init(source: String, filename: String) {
        self.filename = filename
        self.source = source
    }

    func sourceLine(_ line: Int) -> String {
        guard line >= 1 else { return "" }
        var n = 1
        for text in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if n == line {
                var text = String(text)
                if text.hasSuffix("\r") { text.removeLast() }
                return text
            }
            n += 1
        }
        return ""
    }

    /// An error at a 0-based column range on `line`.
    func make(_ message: String, line: Int, col: Int, endCol: Int? = nil,
              kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        SyntaxError(kind: kind, message: message, filename: filename, line: line, column: col + 1,
                    endColumn: endCol.map { $0 + 1 }, sourceLine: sourceLine(line))
    }

    /// An error covering a node's location (end column only when on the same line).
    func make(_ message: String, at loc: SourceLocation, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        make(message, line: loc.line, col: loc.col, endCol: loc.endLine == loc.line ? loc.endCol : nil, kind: kind)
    }

    func unsupported(_ construct: String, at loc: SourceLocation) -> SyntaxError {
        make("the tutor does not support \(construct)", at: loc)
    }
}
