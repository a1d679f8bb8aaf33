extension Parser {
    // MARK: - Expression lists

    /// `star_expressions` (optionally a bare `yield` expression): a tuple when commas appear.
    mutating func parseStarExpressions(allowYield: Bool = false) throws -> Expr {
        if allowYield && atKeyword("yield") { return try parseYield() }
        let start = tok
        let first = try parseStarExpression()
        guard at(",") else { return first }
        var elts = [first]
        while accept(",") {
            if atEndOfExpressionList { break }
            elts.append(try parseStarExpression())
        }
        return Expr(kind: .tuple(elts), loc: span(from: start))
    }

    var atEndOfExpressionList: Bool {
        if tok.kind == .newline || tok.kind == .endMarker { return true }
        if tok.kind == .op {
            return [")", "]", "}", "=", ";", ":"].contains(tok.text) || augmentedOperators[tok.text] != nil
        }
        return false
    }

    mutating func parseStarExpression() throws -> Expr {
        if at("*") {
            let s = advance()
            let inner = try parseBitOr()
            return Expr(kind: .starred(inner), loc: span(from: s))
        }
        return try parseExpression()
    }

    mutating func parseStarNamedExpression() throws -> Expr {
        if at("*") { return try parseStarExpression() }
        return try parseNamedExpression()
    }

    mutating func parseNamedExpression() throws -> Expr {
        if tok.kind == .name, peekToken().isOp(":="), !pythonKeywords.contains(tok.text) {
            let start = advance()
            pos += 1
            let value = try parseExpression()
            let target = Expr(kind: .name(start.text), loc: start.location)
            return Expr(kind: .namedExpr(target, value), loc: span(from: start))
        }
        let e = try parseExpression()
        if at(":=") {
            throw error("cannot use assignment expressions with \(Parser.exprName(e))", at: e.loc)
        }
        return e
    }

    mutating func parseYield() throws -> Expr {
        let start = advance()
        if acceptKeyword("from") {
            let value = try parseExpression()
            return Expr(kind: .yieldFrom(value), loc: span(from: start))
        }
        if tok.kind == .newline || at(")") || at("]") || at("}") || at("=") || at(";") {
            return Expr(kind: .yield(nil), loc: span(from: start))
        }
        let value = try parseStarExpressions()
        return Expr(kind: .yield(value), loc: span(from: start))
    }

    // MARK: - Precedence levels

    mutating func parseExpression() throws -> Expr {
        try enter()
        defer { level -= 1 }
        if atKeyword("lambda") { return try parseLambda() }
        let start = tok
        let body = try parseDisjunction()
        guard atKeyword("if") else { return body }
        pos += 1
        let test = try parseDisjunction()
        if !acceptKeyword("else") {
            throw error("expected 'else' after 'if' expression", at: span(from: start))
        }
        let orelse = try parseExpression()
        return Expr(kind: .ifExp(test: test, body: body, orelse: orelse), loc: span(from: start))
    }

    mutating func parseLambda() throws -> Expr {
        try enter()
        defer { level -= 1 }
        let start = advance()
        let args = try parseParameters(closing: ":", annotations: false)
        try expect(":")
        let body = try parseExpression()
        return Expr(kind: .lambda(args, body), loc: span(from: start))
    }

    mutating func parseDisjunction() throws -> Expr {
        try enter()
        defer { level -= 1 }
        let start = tok
        let startPos = pos
        let first = try parseConjunction()
        defer { lastExpression = (startPos, pos) }
        guard atKeyword("or") else { return first }
        var values = [first]
        while acceptKeyword("or") { values.append(try parseConjunction()) }
        return Expr(kind: .boolOp(.or, values), loc: span(from: start))
    }

    mutating func parseConjunction() throws -> Expr {
        try enter()
        defer { level -= 1 }
        let start = tok
        let first = try parseInversion()
        guard atKeyword("and") else { return first }
        var values = [first]
        while acceptKeyword("and") { values.append(try parseInversion()) }
        return Expr(kind: .boolOp(.and, values), loc: span(from: start))
    }

    mutating func parseInversion() throws -> Expr {
        try enter()
        defer { level -= 1 }
        if atKeyword("not") {
            let start = advance()
            let operand = try parseInversion()
            return Expr(kind: .unaryOp(.not, operand), loc: span(from: start))
        }
        return try parseComparison()
    }

    mutating func comparisonOperator() -> CompareOperator? {
        if tok.kind == .op {
            guard let first = tok.text.utf8.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "!")
                    || first == UInt8(ascii: "<") || first == UInt8(ascii: ">") else { return nil }
            if let op = Parser.comparisonOperators[tok.text] { pos += 1; return op }
            return nil
        }
        if atKeyword("in") { pos += 1; return .in }
        if atKeyword("not"), peekToken().isKeyword("in") { pos += 2; return .notIn }
        if atKeyword("is") {
            pos += 1
            return acceptKeyword("not") ? .isNot : .is
        }
        return nil
    }

    mutating func parseComparison() throws -> Expr {
        try enter()
        defer { level -= 1 }
        let start = tok
        let left = try parseBitOr()
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while let op = comparisonOperator() {
            ops.append(op)
            comparators.append(try parseBitOr())
        }
        if ops.isEmpty { return left }
        return Expr(kind: .compare(left, ops, comparators), loc: span(from: start))
    }

    // The operator tables of the binary levels, made once (a dictionary literal at each call
    // was built for every level of every expression parsed).
    static let bitOrOperators: [String: BinaryOperator] = ["|": .bitOr]
    static let bitXorOperators: [String: BinaryOperator] = ["^": .bitXor]
    static let bitAndOperators: [String: BinaryOperator] = ["&": .bitAnd]
    static let shiftOperators: [String: BinaryOperator] = ["<<": .lShift, ">>": .rShift]
    static let comparisonOperators: [String: CompareOperator] = ["==": .eq, "!=": .notEq, "<": .lt, "<=": .ltE, ">": .gt, ">=": .gtE]
    static let sumOperators: [String: BinaryOperator] = ["+": .add, "-": .sub]
    static let termOperators: [String: BinaryOperator] = ["*": .mult, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMul]

    /// A left-recursive binary level (two of CPython's levels: the rule and its `_raw` loop).
    /// Each operator nests the tree one level deeper, so the chain is `bounded`.
    mutating func parseBinaryLevel(_ ops: [String: BinaryOperator], next: (inout Parser) throws -> Expr) throws -> Expr {
        try enter(2)
        defer { level -= 2 }
        let start = tok
        var left = try next(&self)
        while tok.kind == .op, Parser.mayBeBinaryOperator(tok.text), let op = ops[tok.text] {
            pos += 1
            let right = try next(&self)
            left = bounded(Expr(kind: .binOp(left, op, right), loc: span(from: start)))
        }
        return left
    }

    /// Whether `text` starts as a binary operator does: the six levels each asked their table
    /// (hashing the text) after every operand, mostly for `)`, `,` and `:`.
    @inline(__always)
    static func mayBeBinaryOperator(_ text: String) -> Bool {
        guard let c = text.utf8.first else { return false }
        switch c {
        case UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "@"):
            return true
        default:
            return false
        }
    }

    mutating func parseBitOr() throws -> Expr {
        try parseBinaryLevel(Parser.bitOrOperators) { try $0.parseBitXor() }
    }

    mutating func parseBitXor() throws -> Expr {
        try parseBinaryLevel(Parser.bitXorOperators) { try $0.parseBitAnd() }
    }

    mutating func parseBitAnd() throws -> Expr {
        try parseBinaryLevel(Parser.bitAndOperators) { try $0.parseShift() }
    }

    mutating func parseShift() throws -> Expr {
        try parseBinaryLevel(Parser.shiftOperators) { try $0.parseSum() }
    }

    mutating func parseSum() throws -> Expr {
        try parseBinaryLevel(Parser.sumOperators) { try $0.parseTerm() }
    }

    mutating func parseTerm() throws -> Expr {
        try parseBinaryLevel(Parser.termOperators) { try $0.parseFactor() }
    }

    mutating func parseFactor() throws -> Expr {
        try enter()
        defer { level -= 1 }
        if tok.kind == .op, let op = ["+": UnaryOperator.uAdd, "-": .uSub, "~": .invert][tok.text] {
            let start = advance()
            let operand = try parseFactor()
            return Expr(kind: .unaryOp(op, operand), loc: span(from: start))
        }
        return try parsePower()
    }

    mutating func parsePower() throws -> Expr {
        try enter()
        defer { level -= 1 }
        let start = tok
        let base = try parseAwaitPrimary()
        guard accept("**") else { return base }
        let exponent = try parseFactor()
        return Expr(kind: .binOp(base, .pow, exponent), loc: span(from: start))
    }

    mutating func parseAwaitPrimary() throws -> Expr {
        try enter()
        defer { level -= 1 }
        if atKeyword("await") {
            let start = advance()
            let value = try parsePrimary()
            return Expr(kind: .await(value), loc: span(from: start))
        }
        return try parsePrimary()
    }

    // MARK: - Primaries

    /// `primary` is left-recursive (two of CPython's levels); each trailer nests the tree one
    /// level deeper, so the chain is `bounded`.
    mutating func parsePrimary() throws -> Expr {
        try enter(2)
        defer { level -= 2 }
        let start = tok
        var e = try parseAtom()
        while true {
            e = bounded(e)
            if accept(".") {
                let name = try expectName()
                e = Expr(kind: .attribute(e, name), loc: span(from: start))
            } else if accept("(") {
                let (args, keywords) = try parseCallArguments()
                try expect(")")
                e = Expr(kind: .call(e, args, keywords), loc: span(from: start))
            } else if accept("[") {
                let index = try parseSlices()
                try expect("]")
                e = Expr(kind: .subscript(e, index), loc: span(from: start))
            } else {
                return e
            }
        }
    }

    mutating func parseSlices() throws -> Expr {
        let start = tok
        let first = try parseSlice()
        guard at(",") else { return first }
        var elts = [first]
        while accept(",") {
            if at("]") { break }
            elts.append(try parseSlice())
        }
        return Expr(kind: .tuple(elts), loc: span(from: start))
    }

    mutating func parseSlice() throws -> Expr {
        let start = tok
        if at("*") { return try parseStarExpression() }
        var lower: Expr?
        if !at(":") {
            lower = try parseNamedExpression()
            if !at(":") { return lower! }
        }
        pos += 1
        var upper: Expr?
        var step: Expr?
        if !at(":") && !at("]") && !at(",") { upper = try parseExpression() }
        if accept(":") {
            if !at("]") && !at(",") { step = try parseExpression() }
        }
        return Expr(kind: .slice(lower, upper, step), loc: span(from: start))
    }

    /// Arguments of a call (or class bases) up to, not including, `)`.
    mutating func parseCallArguments() throws -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var seenNames: Set<String> = []
        while !at(")") {
            let t = tok
            if accept("*") {
                let value = try parseExpression()
                let e = Expr(kind: .starred(value), loc: span(from: t))
                if keywords.contains(where: { $0.name == nil }) {
                    throw error("iterable argument unpacking follows keyword argument unpacking",
                                at: SourceLocation(line: t.line, col: t.col, endLine: t.line, endCol: t.col + 1))
                }
                args.append(e)
            } else if accept("**") {
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, loc: span(from: t)))
            } else if t.kind == .name, peekToken().isOp("="), !pythonKeywords.contains(t.text) {
                pos += 2
                let value = try parseExpression()
                if seenNames.contains(t.text) {
                    throw error("keyword argument repeated: \(t.text)", at: span(from: t))
                }
                seenNames.insert(t.text)
                keywords.append(Keyword(name: t.text, value: value, loc: span(from: t)))
            } else {
                var e = try parseNamedExpression()
                if atKeyword("for") || atKeyword("async") {
                    let generators = try parseComprehensionClauses()
                    e = Expr(kind: .generatorExp(e, generators), loc: span(from: t))
                    if !args.isEmpty || !keywords.isEmpty || (at(",") && !peekToken().isOp(")")) {
                        throw error("Generator expression must be parenthesized", at: e.loc)
                    }
                }
                if at("=") {
                    let eq = tok
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                at: SourceLocation(line: t.line, col: t.col, endLine: eq.endLine, endCol: eq.endCol))
                }
                if !keywords.isEmpty {
                    // CPython 3.11 reports these one column to the right of the argument.
                    var loc = e.loc
                    loc.col += 1
                    loc.endCol += 1
                    if keywords.contains(where: { $0.name == nil }) {
                        throw error("positional argument follows keyword argument unpacking", at: loc)
                    }
                    throw error("positional argument follows keyword argument", at: loc)
                }
                args.append(e)
            }
            if !accept(",") { break }
        }
        return (args, keywords)
    }

    mutating func parseComprehensionClauses() throws -> [Comprehension] {
        var generators: [Comprehension] = []
        while atKeyword("for") || (atKeyword("async") && peekToken().isKeyword("for")) {
            let isAsync = acceptKeyword("async")
            pos += 1
            let target = try parseTargetList()
            try checkTarget(target, .forTarget)
            try expectKeyword("in")
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while acceptKeyword("if") { ifs.append(try parseDisjunction()) }
            generators.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return generators
    }

    // MARK: - Atoms

    mutating func parseAtom() throws -> Expr {
        try enter()
        defer { level -= 1 }
        let t = tok
        switch t.kind {
        case .name:
            switch t.text {
            case "True": pos += 1; return Expr(kind: .literal(.bool(true)), loc: t.location)
            case "False": pos += 1; return Expr(kind: .literal(.bool(false)), loc: t.location)
            case "None": pos += 1; return Expr(kind: .literal(.none), loc: t.location)
            default:
                if pythonKeywords.contains(t.text) { throw invalidSyntax() }
                pos += 1
                return Expr(kind: .name(t.text), loc: t.location)
            }
        case .number:
            pos += 1
            let literal = numberLiteral(t.text)
            if case .bigInt = literal, let limit = Parser.decimalDigitsBeyondLimit(t.text) {
                throw error(limit, at: SourceLocation(line: t.line, col: -1, endLine: t.endLine, endCol: -1))
            }
            return Expr(kind: .literal(literal), loc: t.location)
        case .string:
            return try parseStrings()
        case .op:
            switch t.text {
            case "...": pos += 1; return Expr(kind: .literal(.ellipsis), loc: t.location)
            // CPython's rules between an atom and the expression in its brackets (`group`,
            // `named_expression`, `list`, `star_named_expressions`, ...), as measured.
            case "(":
                try enter(4)
                defer { level -= 4 }
                return try parseParenthesized()
            case "[":
                try enter(3)
                defer { level -= 3 }
                return try parseListDisplay()
            case "{":
                try enter(3)
                defer { level -= 3 }
                return try parseBraceDisplay()
            default: throw invalidSyntax()
            }
        default:
            throw invalidSyntax()
        }
    }

    mutating func parseParenthesized() throws -> Expr {
        let start = advance()
        if accept(")") { return Expr(kind: .tuple([]), loc: span(from: start)) }
        if atKeyword("yield") {
            let y = try parseYield()
            try expect(")")
            return y
        }
        let first = try parseStarNamedExpression()
        if atKeyword("for") || atKeyword("async") {
            let generators = try parseComprehensionClauses()
            try expect(")")
            return Expr(kind: .generatorExp(first, generators), loc: span(from: start))
        }
        if accept(")") {
            if case .starred = first.kind { throw error("cannot use starred expression here", at: first.loc) }
            return first
        }
        var elts = [first]
        while accept(",") {
            if at(")") { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect(")")
        return Expr(kind: .tuple(elts), loc: span(from: start))
    }

    mutating func parseListDisplay() throws -> Expr {
        let start = advance()
        if accept("]") { return Expr(kind: .list([]), loc: span(from: start)) }
        let first = try parseStarNamedExpression()
        if atKeyword("for") || atKeyword("async") {
            let generators = try parseComprehensionClauses()
            try expect("]")
            return Expr(kind: .listComp(first, generators), loc: span(from: start))
        }
        var elts = [first]
        while accept(",") {
            if at("]") { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect("]")
        return Expr(kind: .list(elts), loc: span(from: start))
    }

    mutating func parseBraceDisplay() throws -> Expr {
        let start = advance()
        if accept("}") { return Expr(kind: .dict(keys: [], values: []), loc: span(from: start)) }
        if at("**") || !isSetDisplayAhead() {
            var keys: [Expr?] = []
            var values: [Expr] = []
            repeat {
                if at("}") { break }
                if accept("**") {
                    keys.append(nil)
                    values.append(try parseBitOr())
                } else {
                    let key = try parseExpression()
                    if !at(":") {
                        if at(",") || at("}") { throw error("':' expected after dictionary key", at: key.loc) }
                        throw invalidSyntax()
                    }
                    pos += 1
                    let value = try parseExpression()
                    if keys.isEmpty && (atKeyword("for") || atKeyword("async")) {
                        let generators = try parseComprehensionClauses()
                        try expect("}")
                        return Expr(kind: .dictComp(key, value, generators), loc: span(from: start))
                    }
                    keys.append(key)
                    values.append(value)
                }
            } while accept(",")
            try expect("}")
            return Expr(kind: .dict(keys: keys, values: values), loc: span(from: start))
        }
        let first = try parseStarNamedExpression()
        if atKeyword("for") || atKeyword("async") {
            let generators = try parseComprehensionClauses()
            try expect("}")
            return Expr(kind: .setComp(first, generators), loc: span(from: start))
        }
        var elts = [first]
        while accept(",") {
            if at("}") { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect("}")
        return Expr(kind: .set(elts), loc: span(from: start))
    }

    /// After `{`: true when the first element is not followed by a top-level `:` (a set).
    func isSetDisplayAhead() -> Bool {
        var depth = 0
        var k = pos
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .op {
                switch t.text {
                case "(", "[", "{": depth += 1
                case ")", "]", "}": if depth == 0 { return true }; depth -= 1
                case ":" where depth == 0: return false
                case "," where depth == 0: return true
                default: break
                }
            } else if t.kind == .name && t.text == "lambda" && depth == 0 {
                return false
            } else if t.kind == .endMarker { return true }
            k += 1
        }
        return true
    }
}

extension Parser {
    /// CPython 3.11's default `sys.get_int_max_str_digits()`, which also bounds decimal
    /// literals in source (`Parser/pegen.c` `_PyPegen_number_token`).
    static let maxStrDigits = 4300

    /// The SyntaxError message for a decimal integer literal over the digit limit, or nil.
    /// Hexadecimal, octal and binary literals (and zeros) have no limit.
    static func decimalDigitsBeyondLimit(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, first != "0" else { return nil }
        let count = text.unicodeScalars.count(where: { $0 != "_" })
        guard count > maxStrDigits else { return nil }
        return "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(count) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
    }
}

/// Converts a NUMBER token's text to a literal, keeping big integers exact.
func numberLiteral(_ text: String) -> Literal {
    let clean = String(text.filter { $0 != "_" })
    let lower = clean.lowercased()
    if lower.hasSuffix("j") {
        let body = String(lower.dropLast())
        let real = body.contains(".") || body.contains("e") ? body : body + ".0"
        if case .float(let d) = numberLiteral(real) { return .imaginary(d) }
        return .imaginary(.nan)
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
        let digits = String(lower.dropFirst(2))
        if let v = Int(digits, radix: radix) { return .int(v) }
        return .bigInt(decimalString(digits, radix: radix))
    }
    if lower.contains(".") || lower.contains("e") {
        var t = lower
        if t.hasSuffix(".") { t += "0" }
        if t.hasPrefix(".") { t = "0" + t }
        if let r = t.firstRange(of: ".e") { t.replaceSubrange(r, with: ".0e") }
        return .float(Double(t) ?? .nan)
    }
    if let v = Int(lower) { return .int(v) }
    let trimmed = lower.drop(while: { $0 == "0" })
    return .bigInt(trimmed.isEmpty ? "0" : String(trimmed))
}

/// Converts digits in `radix` to a decimal digit string (arbitrary size).
func decimalString(_ digits: String, radix: Int) -> String {
    var limbs: [UInt64] = [0]  // little-endian base 10^9
    let base: UInt64 = 1_000_000_000
    for ch in digits {
        guard var carry = ch.hexDigitValue.map(UInt64.init) else { continue }
        for k in limbs.indices {
            let v = limbs[k] * UInt64(radix) + carry
            limbs[k] = v % base
            carry = v / base
        }
        while carry > 0 { limbs.append(carry % base); carry /= base }
    }
    var out = String(limbs.last ?? 0)
    for limb in limbs.dropLast().reversed() {
        let s = String(limb)
        out += String(repeating: "0", count: 9 - s.count) + s
    }
    return out
}
