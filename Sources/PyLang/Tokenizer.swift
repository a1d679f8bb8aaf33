/// Splits Python source into tokens, tracking indentation like CPython's `Parser/tokenizer.c`.
///
/// - Parameters:
///   - source: the whole program text.
///   - filename: used in error messages.
/// - Returns: tokens ending with `NEWLINE`, the pending `DEDENT`s and `ENDMARKER`.
/// - Throws: `SyntaxError` (also `IndentationError`/`TabError` kinds) with CPython's message.
public func tokenize(_ source: String, filename: String = "<string>") throws -> [TokenInfo] {
    try Tokenizer.tokens(source, filename: filename).map(TokenInfo.init)
}

/// A token as the public API reports it (kind name as in CPython's `token.tok_name`).
public struct TokenInfo: Equatable, Sendable {
    public var kind: String
    public var text: String
    public var line: Int
    public var column: Int

    init(_ t: Token) {
        switch t.kind {
        case .name: kind = "NAME"
        case .number: kind = "NUMBER"
        case .string: kind = "STRING"
        case .op: kind = "OP"
        case .newline: kind = "NEWLINE"
        case .indent: kind = "INDENT"
        case .dedent: kind = "DEDENT"
        case .endMarker: kind = "ENDMARKER"
        }
        text = t.text
        line = t.line
        column = t.col
    }
}

struct Tokenizer {
    let src: [Unicode.Scalar]
    let errors: ErrorFactory
    var i = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var indents = [0]
    var altIndents = [0]
    var parens: [(char: Unicode.Scalar, line: Int, col: Int)] = []
    var atLineStart = true

    init(source: String, filename: String) {
        src = Array(source.unicodeScalars)
        errors = ErrorFactory(source: source, filename: filename)
    }

    var col: Int { i - lineStart }

    /// When false (the parser's mode), unclosed brackets at EOF do not throw: the ENDMARKER's
    /// text is the innermost open bracket and its `endLine`/`endCol` give its position, so the
    /// parser can decide between `'(' was never closed` and its own error, as CPython does.
    var strictBrackets = true

    /// Runs a fresh tokenizer over `source`.
    static func tokens(_ source: String, filename: String, strictBrackets: Bool = true) throws -> [Token] {
        var t = Tokenizer(source: source, filename: filename)
        t.strictBrackets = strictBrackets
        // CPython reads a file line by line and refuses the first line holding a NUL byte
        // (3.11.7 `tok_underflow_file`), so only errors found before that line come first.
        guard let nul = t.src.firstIndex(of: "\0") else { return try t.run() }
        let nulLine = t.src[..<nul].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let nulError = t.errors.make("source code cannot contain null bytes", line: nulLine, col: -1)
        do {
            _ = try t.run()
        } catch {
            if t.line < nulLine { throw error }
        }
        throw nulError
    }

    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < src.count ? src[i + k] : nil }

    /// The source text of scalars `start..<end` (empty when `end` is not past `start`).
    func sourceText(_ start: Int, _ end: Int) -> String {
        end <= start ? "" : String(scalars: src[start..<end])
    }

    func error(_ msg: String, line l: Int? = nil, col c: Int? = nil, endCol: Int? = nil,
               kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        errors.make(msg, line: l ?? line, col: c ?? col, endCol: endCol, kind: kind)
    }

    mutating func add(_ kind: TokenKind, from start: Int, line l: Int, col c: Int) {
        let text = sourceText(start, i)
        tokens.append(Token(kind: kind, text: text, line: l, col: c, endLine: line, endCol: col))
    }

    mutating func newline() {
        line += 1
        lineStart = i
    }

    /// Consumes a line break (`\n`, `\r\n` or `\r`) at `i` if present.
    mutating func eatLineBreak() -> Bool {
        guard let c = peek() else { return false }
        if c == "\n" { i += 1; newline(); return true }
        if c == "\r" { i += 1; if peek() == "\n" { i += 1 }; newline(); return true }
        return false
    }

    mutating func run() throws -> [Token] {
        while true {
            if atLineStart && parens.isEmpty {
                if try handleIndentation() { continue }
            }
            while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" { i += 1 }
            guard let c = peek() else { try finish(); return tokens }
            if c == "#" {
                while let d = peek(), d != "\n", d != "\r" { i += 1 }
                continue
            }
            if c == "\n" || c == "\r" {
                let (l, cc, start) = (line, col, i)
                if parens.isEmpty {
                    _ = eatLineBreak()
                    tokens.append(Token(kind: .newline, text: sourceText(start, i),
                                        line: l, col: cc, endLine: l, endCol: cc + 1))
                    atLineStart = true
                } else {
                    _ = eatLineBreak()
                }
                continue
            }
            if c == "\\" {
                i += 1
                if eatLineBreak() {
                    if peek() == nil { throw error("unexpected EOF while parsing") }
                    continue
                }
                throw error("unexpected character after line continuation character")
            }
            if isIdentStart(c) {
                try lexNameOrString()
                continue
            }
            if isDigit(c) || (c == "." && peek(1).map(isDigit) == true) {
                try lexNumber()
                continue
            }
            if c == "\"" || c == "'" {
                try lexString(prefixStart: i, prefix: "")
                continue
            }
            try lexOperator()
        }
    }

    /// Measures a new logical line's indentation; returns true if the line was blank.
    mutating func handleIndentation() throws -> Bool {
        var column = 0, alt = 0
        while let c = peek() {
            if c == " " { column += 1; alt += 1 }
            else if c == "\t" { column = (column / 8 + 1) * 8; alt += 1 }
            else if c == "\u{0C}" { column = 0; alt = 0 }
            else { break }
            i += 1
        }
        let c = peek()
        if c == nil { return false }
        if c == "#" || c == "\n" || c == "\r" {
            while let d = peek(), d != "\n", d != "\r" { i += 1 }
            _ = eatLineBreak()
            return true
        }
        atLineStart = false
        let top = indents[indents.count - 1]
        if column == top {
            if alt != altIndents[altIndents.count - 1] { throw tabError() }
        } else if column > top {
            if alt <= altIndents[altIndents.count - 1] { throw tabError() }
            // Parser/tokenizer.c MAXINDENT
            if indents.count >= 100 {
                throw error("too many levels of indentation", col: 0, kind: .indentationError)
            }
            indents.append(column)
            altIndents.append(alt)
            tokens.append(Token(kind: .indent, text: "", line: line, col: 0, endLine: line, endCol: col))
        } else {
            while indents.count > 1 && column < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                tokens.append(Token(kind: .dedent, text: "", line: line, col: col, endLine: line, endCol: col))
            }
            if column != indents[indents.count - 1] {
                var end = i
                while end < src.count, src[end] != "\n", src[end] != "\r" { end += 1 }
                throw error("unindent does not match any outer indentation level", col: end - lineStart,
                            kind: .indentationError)
            }
            if alt != altIndents[altIndents.count - 1] { throw tabError() }
        }
        return false
    }

    func tabError() -> SyntaxError {
        error("inconsistent use of tabs and spaces in indentation", col: 0, kind: .tabError)
    }

    mutating func finish() throws {
        if let open = parens.last {
            if strictBrackets { throw error("'\(open.char)' was never closed", line: open.line, col: open.col) }
            tokens.append(Token(kind: .endMarker, text: String(open.char), line: line, col: col,
                                endLine: open.line, endCol: open.col))
            return
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
            tokens.append(Token(kind: .newline, text: "", line: line, col: col, endLine: line, endCol: col + 1))
        }
        for _ in 1..<indents.count {
            tokens.append(Token(kind: .dedent, text: "", line: line, col: 0, endLine: line, endCol: 0))
        }
        tokens.append(Token(kind: .endMarker, text: "", line: line, col: 0, endLine: line, endCol: 0))
    }

    // MARK: - Names and strings

    mutating func lexNameOrString() throws {
        let start = i, l = line, c = col
        while let d = peek(), isIdentContinue(d) { i += 1 }
        let word = sourceText(start, i)
        if let q = peek(), q == "\"" || q == "'", isStringPrefix(word) {
            try lexString(prefixStart: start, prefix: word.lowercased())
            return
        }
        add(.name, from: start, line: l, col: c)
    }

    func isStringPrefix(_ word: String) -> Bool {
        let lower = word.lowercased()
        return ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(lower)
    }

    /// Lexes a string literal whose quote is at `i`; the token text includes the prefix.
    mutating func lexString(prefixStart: Int, prefix: String) throws {
        let l = line, c = prefixStart - lineStart
        guard let quote = peek() else { return }
        let triple = peek(1) == quote && peek(2) == quote
        i += triple ? 3 : 1
        while true {
            guard let ch = peek() else {
                if triple {
                    let last = i > 0 && (src[i - 1] == "\n" || src[i - 1] == "\r") ? line - 1 : line
                    throw error("unterminated triple-quoted string literal (detected at line \(last))", line: l, col: c)
                }
                throw error("unterminated string literal (detected at line \(l))", line: l, col: c)
            }
            if ch == "\\" {
                i += 1
                if peek() == nil { continue }
                if !eatLineBreak() { i += 1 }
                continue
            }
            if ch == "\n" || ch == "\r" {
                if !triple {
                    throw error("unterminated string literal (detected at line \(l))", line: l, col: c)
                }
                _ = eatLineBreak()
                continue
            }
            if ch == quote {
                if !triple { i += 1; break }
                if peek(1) == quote && peek(2) == quote { i += 3; break }
            }
            i += 1
        }
        add(.string, from: prefixStart, line: l, col: c)
    }

    // MARK: - Numbers

    mutating func lexNumber() throws {
        let start = i, l = line, c = col
        if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            i += 2
            let (valid, name): ((Unicode.Scalar) -> Bool, String)
            switch x {
            case "x", "X": (valid, name) = ({ $0.properties.isASCIIHexDigit }, "hexadecimal")
            case "o", "O": (valid, name) = ({ ("0"..."7").contains($0) }, "octal")
            default: (valid, name) = ({ $0 == "0" || $0 == "1" }, "binary")
            }
            var digits = 0
            while let d = peek() {
                if d == "_" { i += 1; guard let e = peek(), valid(e) else { throw error("invalid \(name) literal") }; continue }
                if valid(d) { i += 1; digits += 1; continue }
                break
            }
            if let d = peek(), isDigit(d), name != "hexadecimal" {
                throw error("invalid digit '\(d)' in \(name) literal")
            }
            if digits == 0 { throw error("invalid \(name) literal", col: col - 1) }
            if let d = peek(), isIdentContinue(d) { throw error("invalid \(name) literal") }
            add(.number, from: start, line: l, col: c)
            return
        }
        var isFloat = false, isImaginary = false
        try digitRun()
        if peek() == "." { isFloat = true; i += 1; if let d = peek(), isDigit(d) { try digitRun() } }
        if let e = peek(), e == "e" || e == "E" {
            let save = i
            i += 1
            if let s = peek(), s == "+" || s == "-" { i += 1 }
            if let d = peek(), isDigit(d) { try digitRun(); isFloat = true }
            else { i = save; throw error("invalid decimal literal", col: c) }
        }
        if let j = peek(), j == "j" || j == "J" {
            // An imaginary literal (`2j`, `1.5e3J`): leading zeros are allowed, as CPython's.
            i += 1
            isFloat = true
            isImaginary = true
        }
        if !isFloat {
            let text = src[start..<i]
            if text.count > 1, text.first == "0", text.contains(where: { $0 != "0" && $0 != "_" }) {
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", col: c, endCol: c + 1)
            }
        }
        if let d = peek(), isIdentStart(d) {
            let rest = sourceText(i, min(src.count, i + 6))
            let ok = ["and", "else", "for", "if", "in", "is", "not", "or"].contains { kw in
                rest.hasPrefix(kw)
            }
            if !ok { throw error(isImaginary ? "invalid imaginary literal" : "invalid decimal literal", col: c) }
        }
        add(.number, from: start, line: l, col: c)
    }

    /// Consumes digits with single underscores between them.
    mutating func digitRun() throws {
        while let d = peek() {
            if isDigit(d) { i += 1; continue }
            if d == "_" {
                i += 1
                guard let e = peek(), isDigit(e) else { throw error("invalid decimal literal", col: col - 1) }
                continue
            }
            break
        }
    }

    // MARK: - Operators

    static let ops3: Set<String> = ["**=", "//=", ">>=", "<<=", "...", "!="]
    static let ops2: Set<String> = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
                                    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]
    static let ops1: Set<Unicode.Scalar> = ["+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
                                            "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "="]

    mutating func lexOperator() throws {
        let start = i, l = line, c = col
        func text(_ n: Int) -> String {
            sourceText(i, min(src.count, i + n))
        }
        // Every operator of two or three characters has one of these second: the others are
        // told apart without making (and hashing) their text, most of all `(`, `)` and `,`.
        let second = peek(1)
        let mayBeLonger = second == "=" || second == "*" || second == "/" || second == ">" || second == "<" || second == "."
        if mayBeLonger && Tokenizer.ops3.contains(text(3)) && text(3).count == 3 { i += 3 }
        else if mayBeLonger && Tokenizer.ops2.contains(text(2)) { i += 2 }
        else if let ch = peek(), Tokenizer.ops1.contains(ch) {
            i += 1
            switch ch {
            case "(", "[", "{":
                // Parser/tokenizer.c MAXLEVEL
                if parens.count >= 200 { throw error("too many nested parentheses", col: c) }
                parens.append((ch, l, c))
            case ")", "]", "}":
                guard let open = parens.popLast() else { throw error("unmatched '\(ch)'", col: c) }
                let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
                if ch != expected {
                    if open.line != l {
                        throw error("closing parenthesis '\(ch)' does not match opening parenthesis '\(open.char)' on line \(open.line)", col: c)
                    }
                    throw error("closing parenthesis '\(ch)' does not match opening parenthesis '\(open.char)'", col: c)
                }
            default: break
            }
        } else {
            let ch = peek() ?? " "
            if ch.value > 127 {
                let hex = String(ch.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                throw error("invalid character '\(ch)' (U+\(padded))", col: c, endCol: c + 1)
            }
            // CPython's tokenizer yields an error token here; the parser then reports
            // "invalid syntax" at it or at an earlier token.
            i += 1
            tokens.append(Token(kind: .op, text: String(ch), line: l, col: c, endLine: l, endCol: c + 1))
            return
        }
        add(.op, from: start, line: l, col: c)
    }
}

func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

func isIdentStart(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c.value > 127 && c.properties.isXIDStart)
}

func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
    isIdentStart(c) || isDigit(c) || (c.value > 127 && c.properties.isXIDContinue)
}
