/// String literal decoding: escapes, bytes, f-strings and implicit concatenation (CPython's
/// `Parser/string_parser.c` in 3.11, where f-strings are parsed after tokenizing).
extension Parser {
    /// One piece of a (possibly formatted) string.
    enum StringPart {
        case text(String)
        case field(Expr)
    }

    /// Parses one or more adjacent STRING tokens into a literal or a `JoinedStr`.
    mutating func parseStrings() throws -> Expr {
        let start = tok
        var parts: [StringPart] = []
        var bytes: [UInt8] = []
        var sawBytes = false
        var sawText = false
        var sawFString = false
        while tok.kind == .string {
            let t = advance()
            let scalars = Array(t.text.unicodeScalars)
            var k = 0
            var isRaw = false, isBytes = false, isF = false
            while scalars[k] != "\"" && scalars[k] != "'" {
                switch scalars[k] {
                case "r", "R": isRaw = true
                case "b", "B": isBytes = true
                case "f", "F": isF = true
                default: break
                }
                k += 1
            }
            let quote = scalars[k]
            let triple = k + 2 < scalars.count && scalars[k + 1] == quote && scalars[k + 2] == quote
                && scalars.count - k >= 6
            let q = triple ? 3 : 1
            let body = Array(scalars[(k + q)..<(scalars.count - q)])
            if isBytes {
                sawBytes = true
                if sawText { throw error("cannot mix bytes and nonbytes literals", at: fstringErrorLocation(t)) }
                if body.contains(where: { $0.value > 127 }) {
                    throw error("bytes can only contain ASCII literal characters", at: t.location)
                }
                let decoded = isRaw ? String(String.UnicodeScalarView(body)) : try decodeEscapes(body[...], bytes: true, at: t)
                bytes += decoded.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
            } else {
                sawText = true
                if sawBytes { throw error("cannot mix bytes and nonbytes literals", at: fstringErrorLocation(t)) }
                if isF {
                    sawFString = true
                    parts += try parseFStringBody(body[...], raw: isRaw, at: t)
                } else {
                    parts.append(.text(isRaw ? String(String.UnicodeScalarView(body)) : try decodeEscapes(body[...], bytes: false, at: t)))
                }
            }
        }
        let loc = span(from: start)
        if sawBytes { return Expr(kind: .literal(.bytes(bytes)), loc: loc) }
        if !sawFString {
            let text = parts.map { if case .text(let s) = $0 { return s } else { return "" } }.joined()
            return Expr(kind: .literal(.str(text)), loc: loc)
        }
        return Expr(kind: .joinedStr(joinParts(parts, loc: loc)), loc: loc)
    }

    /// Merges adjacent text parts and drops empty ones.
    func joinParts(_ parts: [StringPart], loc: SourceLocation) -> [Expr] {
        var values: [Expr] = []
        var pending = ""
        for part in parts {
            switch part {
            case .text(let s): pending += s
            case .field(let e):
                if !pending.isEmpty { values.append(Expr(kind: .literal(.str(pending)), loc: loc)) }
                pending = ""
                values.append(e)
            }
        }
        if !pending.isEmpty { values.append(Expr(kind: .literal(.str(pending)), loc: loc)) }
        return values
    }

    /// Decodes backslash escapes in a non-raw literal body.
    func decodeEscapes(_ body: ArraySlice<Unicode.Scalar>, bytes: Bool, at t: Token) throws -> String {
        var out = String.UnicodeScalarView()
        var i = body.startIndex
        func hex(_ n: Int, _ name: String) throws -> Unicode.Scalar {
            var v: UInt32 = 0
            for j in 0..<n {
                guard i + 2 + j < body.endIndex, let d = Character(body[i + 2 + j]).hexDigitValue else {
                    let codec = bytes ? "(value error) invalid \\x escape at position \(i - body.startIndex)"
                        : "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - body.startIndex)-\(i - body.startIndex + 1 + j): truncated \(name) escape"
                    throw error(codec, at: t.location)
                }
                v = v * 16 + UInt32(d)
            }
            i += n + 2
            guard let s = Unicode.Scalar(v) else {
                throw error("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", at: t.location)
            }
            return s
        }
        while i < body.endIndex {
            let c = body[i]
            guard c == "\\", i + 1 < body.endIndex else { out.append(c); i += 1; continue }
            let e = body[i + 1]
            switch e {
            case "\n": i += 2
            case "\r": i += 2; if i < body.endIndex, body[i] == "\n" { i += 1 }
            case "\\": out.append("\\"); i += 2
            case "'": out.append("'"); i += 2
            case "\"": out.append("\""); i += 2
            case "a": out.append("\u{07}"); i += 2
            case "b": out.append("\u{08}"); i += 2
            case "f": out.append("\u{0C}"); i += 2
            case "n": out.append("\n"); i += 2
            case "r": out.append("\r"); i += 2
            case "t": out.append("\t"); i += 2
            case "v": out.append("\u{0B}"); i += 2
            case "0"..."7":
                var v: UInt32 = 0
                var j = i + 1
                while j < body.endIndex, j < i + 4, ("0"..."7").contains(body[j]) {
                    v = v * 8 + (body[j].value - 48)
                    j += 1
                }
                out.append(Unicode.Scalar(bytes ? v & 0xFF : v) ?? "?")
                i = j
            case "x": out.append(try hex(2, "\\xXX"))
            case "u" where !bytes: out.append(try hex(4, "\\uXXXX"))
            case "U" where !bytes: out.append(try hex(8, "\\UXXXXXXXX"))
            case "N" where !bytes:
                throw unsupported("\\N{...} escapes", at: t.location)
            default:
                out.append("\\")
                out.append(e)
                i += 2
            }
        }
        return String(out)
    }

    /// Parses an f-string body (or a format spec) into text and replacement fields.
    mutating func parseFStringBody(_ body: ArraySlice<Unicode.Scalar>, raw: Bool, at t: Token) throws -> [StringPart] {
        var parts: [StringPart] = []
        var literal = String.UnicodeScalarView()
        var i = body.startIndex
        func flush(_ parts: inout [StringPart], _ literal: inout String.UnicodeScalarView) throws {
            guard !literal.isEmpty else { return }
            let chars = Array(literal)
            parts.append(.text(raw ? String(literal) : try decodeEscapes(chars[...], bytes: false, at: t)))
            literal = String.UnicodeScalarView()
        }
        while i < body.endIndex {
            let c = body[i]
            if c == "{" {
                if i + 1 < body.endIndex, body[i + 1] == "{" { literal.append("{"); i += 2; continue }
                try flush(&parts, &literal)
                let (fieldParts, next) = try parseReplacementField(body, from: i + 1, raw: raw, at: t)
                parts += fieldParts
                i = next
            } else if c == "}" {
                if i + 1 < body.endIndex, body[i + 1] == "}" { literal.append("}"); i += 2; continue }
                throw error("f-string: single '}' is not allowed", at: fstringErrorLocation(t))
            } else if c == "\\" && !raw && i + 1 < body.endIndex {
                literal.append(c)
                literal.append(body[i + 1])
                i += 2
            } else {
                literal.append(c)
                i += 1
            }
        }
        try flush(&parts, &literal)
        return parts
    }

    /// Parses `expr[=][!c][:spec]}` starting after `{`; returns its parts and the index after `}`.
    mutating func parseReplacementField(_ body: ArraySlice<Unicode.Scalar>, from start: Int, raw: Bool,
                                        at t: Token) throws -> ([StringPart], Int) {
        var i = start
        var depth = 0
        var quote: Unicode.Scalar?
        var end = -1
        while i < body.endIndex {
            let c = body[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "\\" { throw error("f-string expression part cannot include a backslash", at: fstringErrorLocation(t)) }
            if c == "#" { throw error("f-string expression part cannot include '#'", at: fstringErrorLocation(t)) }
            if c == "'" || c == "\"" { quote = c; i += 1; continue }
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" || (c == "}" && depth > 0) { depth -= 1; i += 1; continue }
            if depth == 0 {
                let next: Unicode.Scalar? = i + 1 < body.endIndex ? body[i + 1] : nil
                if c == "}" || c == ":" { end = i; break }
                if c == "!" && next != "=" { end = i; break }
                if c == "=" && next != "=" && i > start && !"=!<>".unicodeScalars.contains(body[i - 1]) { end = i; break }
            }
            i += 1
        }
        guard end >= 0 else { throw error("f-string: expecting '}'", at: fstringErrorLocation(t)) }
        let exprText = String(String.UnicodeScalarView(body[start..<end]))
        if exprText.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw error("f-string: empty expression not allowed", at: fstringErrorLocation(t))
        }
        let value = try parseFieldExpression(exprText, at: t)
        var parts: [StringPart] = []
        var conversion = -1
        i = end
        if body[i] == "=" {
            i += 1
            var j = i
            while j < body.endIndex, body[j] == " " { j += 1 }
            parts.append(.text(exprText + "=" + String(String.UnicodeScalarView(body[i..<j]))))
            i = j
            conversion = 114
        }
        var spec: Expr?
        if i < body.endIndex, body[i] == "!" {
            guard i + 1 < body.endIndex, let conv = ["s": 115, "r": 114, "a": 97][body[i + 1]] else {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: fstringErrorLocation(t))
            }
            conversion = conv
            i += 2
        }
        if i < body.endIndex, body[i] == ":" {
            if conversion == 114, parts.count == 1, !(i > 0 && body[i - 2] == "!") { conversion = -1 }
            var j = i + 1
            var nest = 0
            while j < body.endIndex {
                if body[j] == "{" { nest += 1 } else if body[j] == "}" { if nest == 0 { break }; nest -= 1 }
                j += 1
            }
            let specParts = try parseFStringBody(body[(i + 1)..<j], raw: raw, at: t)
            spec = Expr(kind: .joinedStr(joinParts(specParts, loc: t.location)), loc: t.location)
            i = j
        }
        guard i < body.endIndex, body[i] == "}" else { throw error("f-string: expecting '}'", at: fstringErrorLocation(t)) }
        parts.append(.field(Expr(kind: .formattedValue(value, conversion: conversion, spec: spec), loc: t.location)))
        return (parts, i + 1)
    }

    /// CPython 3.11 reports f-string errors just past the string token.
    func fstringErrorLocation(_ t: Token) -> SourceLocation {
        SourceLocation(line: t.endLine, col: t.endCol, endLine: t.endLine, endCol: t.endCol)
    }

    /// Parses the expression of a replacement field as CPython does: `(` text `)`.
    mutating func parseFieldExpression(_ text: String, at t: Token) throws -> Expr {
        let wrapped = "(" + text + ")"
        let sub: [Token]
        do {
            sub = try Tokenizer.tokens(wrapped, filename: errors.filename)
        } catch var e as SyntaxError {
            e.message = "f-string: " + e.message
            e.line = t.line
            e.sourceLine = errors.errorText(t.line)
            throw e
        }
        var p = Parser(tokens: sub.map { var k = $0; k.line += t.line - 1 + lineOffset; k.endLine += t.line - 1 + lineOffset; return k },
                       errors: errors)
        p.pos = 1
        if p.tok.isOp(")") { throw error("f-string: empty expression not allowed", at: fstringErrorLocation(t)) }
        let e = try p.parseStarExpressions(allowYield: true)
        guard p.accept(")"), p.tok.kind == .newline || p.tok.kind == .endMarker else {
            throw error("f-string: invalid syntax", at: fstringErrorLocation(t))
        }
        if p.tooDeep { tooDeep = true }
        return e
    }
}
