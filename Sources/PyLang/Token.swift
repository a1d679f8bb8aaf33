/// The kinds of token the tokenizer produces (CPython's `token` module names).
enum TokenKind: Equatable, Sendable {
    case name
    case number
    /// A whole string literal including prefix and quotes (f-strings too, as in 3.11).
    case string
    case op
    case newline
    case indent
    case dedent
    case endMarker
}

/// One token with its text and 1-based line / 0-based column span.
struct Token: Equatable, Sendable {
    var kind: TokenKind
    var text: String
    var line: Int
    var col: Int
    var endLine: Int
    var endCol: Int

    var location: SourceLocation { SourceLocation(line: line, col: col, endLine: endLine, endCol: endCol) }

    func isOp(_ s: String) -> Bool { kind == .op && text == s }
    func isKeyword(_ s: String) -> Bool { kind == .name && text == s }
}

/// Python 3.11 hard keywords.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]
