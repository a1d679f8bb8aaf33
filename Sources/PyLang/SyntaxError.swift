/// A compile-time error in Python source, shaped like CPython's `SyntaxError` so the engine can
/// print CPython's format (`File "x.py", line N`, the source line, carets, `Kind: message`).
/// It also carries the two errors CPython's front end raises without a location: the parser's
/// `MemoryError` (its stack of rules overflowed) and the compiler's `RecursionError`.
public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception class the error reports as.
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        /// `RecursionError: maximum recursion depth exceeded during compilation` (no location).
        case recursionError = "RecursionError"
        /// A bare `MemoryError` (no message, no location): `Parser/parser.c` past `MAXSTACK`.
        case memoryError = "MemoryError"
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
    /// Line of `endColumn` (CPython `end_lineno`); past `line`, the carets run to the end of the line.
    public var endLine: Int?
    /// The offending source line without its newline (CPython `text`); `nil` when there is none
    /// (the line is past the end of the file).
    public var sourceLine: String?

    public init(kind: Kind = .syntaxError, message: String, filename: String, line: Int,
                column: Int, endColumn: Int? = nil, endLine: Int? = nil, sourceLine: String? = nil) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.endLine = endLine
        self.sourceLine = sourceLine
    }

    /// The compiler's error for a tree nested deeper than CPython 3.11's compiler recursion
    /// limit (`Python/ast_opt.c`, `Python/symtable.c`).
    static func recursion(filename: String) -> SyntaxError {
        SyntaxError(kind: .recursionError, message: "maximum recursion depth exceeded during compilation",
                    filename: filename, line: 0, column: 0)
    }

    /// The parser's error for input nested past CPython 3.11's `MAXSTACK` rule invocations.
    static func parserStackOverflow(filename: String) -> SyntaxError {
        SyntaxError(kind: .memoryError, message: "", filename: filename, line: 0, column: 0)
    }

    /// True for the errors CPython prints as a bare `Kind: message` line, without a location.
    public var hasLocation: Bool { kind != .recursionError && kind != .memoryError }

    /// `file:line:col: Kind: message`, the one-line form for tools.
    public var description: String {
        "\(filename):\(line):\(column): \(kind.rawValue): \(message)"
    }

    /// The error as CPython 3.11 prints it for an uncaught `SyntaxError` from a file.
    public var pythonFormatted: String {
        guard hasLocation else { return message.isEmpty ? kind.rawValue : "\(kind.rawValue): \(message)" }
        var out = "  File \"\(filename)\", line \(line)\n"
        if let sourceLine {
            let stripped = sourceLine.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
            let removed = sourceLine.count - stripped.count
            out += "    \(stripped)\n"
            // pythonrun.c print_error_text: no caret when it would point into the stripped
            // indentation; the caret stops at the end of the text; indentation errors get a
            // single caret; a span over several lines is marked to the end of its first line.
            let start = min(column - 1 - removed, stripped.count)
            if start >= 0 {
                var width = max(1, (endColumn ?? column + 1) - column)
                if (endLine ?? line) > line { width = max(1, stripped.count - start) }
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
        rawLine(line).map { String($0.text) } ?? ""
    }

    /// Line `line` (1-based) without its line break, and whether a `\n` ended it.
    func rawLine(_ line: Int) -> (text: Substring, terminated: Bool)? {
        guard line >= 1 else { return nil }
        var n = 1
        var rest = source[...]
        while n < line {
            guard let nl = rest.firstIndex(of: "\n") else { return nil }
            rest = rest[rest.index(after: nl)...]
            n += 1
        }
        if rest.isEmpty { return nil }
        let end = rest.firstIndex(of: "\n")
        var text = rest[..<(end ?? rest.endIndex)]
        if text.hasSuffix("\r") { text = text.dropLast() }
        return (text, end != nil)
    }

    /// The text CPython shows for an error on `line` (`Python/errors.c` `err_programtext`): it
    /// reads the file with `fgets` into a 1000-byte buffer, so a line of 999 bytes or more shows
    /// only its last 999-byte piece, and the text stops at a NUL byte; `nil` past the end.
    func errorText(_ line: Int) -> String? {
        guard let (text, terminated) = rawLine(line) else { return nil }
        var bytes = Array(text.utf8)
        if terminated { bytes.append(0x0A) }
        var start = 0
        while bytes.count - start >= 999 && bytes[start + 998] != 0x0A {
            start += 999
            if start == bytes.count { return nil }
        }
        var piece = bytes[start...]
        if let nul = piece.firstIndex(of: 0) { piece = piece[..<nul] }
        if piece.last == 0x0A { piece = piece.dropLast() }
        return String(decoding: piece, as: UTF8.self)
    }

    /// An error at a 0-based column range on `line`.
    func make(_ message: String, line: Int, col: Int, endCol: Int? = nil, endLine: Int? = nil,
              kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        SyntaxError(kind: kind, message: message, filename: filename, line: line, column: col + 1,
                    endColumn: endCol.map { $0 + 1 }, endLine: endLine, sourceLine: errorText(line))
    }

    /// An error covering a node's location (a span over several lines is marked to the end of
    /// its first line).
    func make(_ message: String, at loc: SourceLocation, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        make(message, line: loc.line, col: loc.col, endCol: loc.endLine == loc.line ? loc.endCol : nil,
             endLine: loc.endLine, kind: kind)
    }

    func unsupported(_ construct: String, at loc: SourceLocation) -> SyntaxError {
        make("the tutor does not support \(construct)", at: loc)
    }
}
