/// The `match` statement and its patterns (PEP 634), following CPython 3.11's grammar rules
/// `match_stmt`, `case_block` and `patterns` in `Grammar/python.gram`. `match` and `case` are
/// soft keywords: `parseStatement` comes here only when `looksLikeMatchStatement` holds.
extension Parser {
    // MARK: - Statement

    mutating func parseMatch() throws -> Stmt {
        let start = advance()
        let subject = try parseMatchSubject()
        if !at(":") { throw expectedColon() }
        pos += 1
        guard tok.kind == .newline else { throw invalidSyntax() }
        pos += 1
        guard tok.kind == .indent else {
            throw error("expected an indented block after 'match' statement on line \(start.line)",
                        at: tok.location, kind: .indentationError)
        }
        pos += 1
        var cases: [MatchCase] = []
        while tok.kind != .dedent && tok.kind != .endMarker {
            if tok.kind == .newline { pos += 1; continue }
            guard atKeyword("case") else { throw invalidSyntax() }
            cases.append(try parseCase())
        }
        if tok.kind == .dedent { pos += 1 }
        return Stmt(kind: .match(subject: subject, cases: cases), loc: span(from: start))
    }

    /// `subject_expr`: a named expression, or a tuple when a comma follows.
    mutating func parseMatchSubject() throws -> Expr {
        let start = tok
        let first = try parseStarNamedExpression()
        guard at(",") else {
            if case .starred = first.kind { throw invalidSyntax() }
            return first
        }
        var elts = [first]
        while accept(",") {
            if at(":") { break }
            elts.append(try parseStarNamedExpression())
        }
        return Expr(kind: .tuple(elts), loc: span(from: start))
    }

    mutating func parseCase() throws -> MatchCase {
        try enter()
        defer { level -= 1 }
        let start = advance()
        let pattern = try parseTopPattern()
        var guardExpr: Expr?
        if acceptKeyword("if") { guardExpr = try parseNamedExpression() }
        let body = try parseBlock(after: "'case' statement", line: start.line)
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
    }

    // MARK: - Patterns

    /// `patterns`: an open sequence `a, *b` or a single pattern.
    mutating func parseTopPattern() throws -> Pattern {
        let start = tok
        let first = try parseMaybeStarPattern()
        guard at(",") else {
            if case .star = first.kind { throw invalidSyntax() }
            return first
        }
        var elts = [first]
        while accept(",") {
            if at(":") || atKeyword("if") { break }
            elts.append(try parseMaybeStarPattern())
        }
        return Pattern(kind: .sequence(elts), loc: span(from: start))
    }

    /// `pattern`: an OR pattern, optionally `as NAME`.
    mutating func parsePattern() throws -> Pattern {
        try enter()
        defer { level -= 1 }
        let start = tok
        let alternatives = try parseOrPattern()
        guard acceptKeyword("as") else { return alternatives }
        if atKeyword("_") { throw error("cannot use '_' as a target", at: tok.location) }
        guard tok.kind == .name, !pythonKeywords.contains(tok.text) else {
            throw error("invalid pattern target", at: tok.location)
        }
        let name = advance().text
        return Pattern(kind: .as(alternatives, name), loc: span(from: start))
    }

    mutating func parseOrPattern() throws -> Pattern {
        let start = tok
        var alternatives = [try parseClosedPattern()]
        while accept("|") { alternatives.append(try parseClosedPattern()) }
        if alternatives.count == 1 { return alternatives[0] }
        return Pattern(kind: .or(alternatives), loc: span(from: start))
    }

    /// `maybe_star_pattern`: `*name`, `*_` or a pattern (inside sequence patterns only).
    mutating func parseMaybeStarPattern() throws -> Pattern {
        guard at("*") else { return try parsePattern() }
        let star = advance()
        guard tok.kind == .name, !pythonKeywords.contains(tok.text) else { throw invalidSyntax() }
        let name = advance().text
        return Pattern(kind: .star(name == "_" ? nil : name), loc: span(from: star))
    }

    mutating func parseClosedPattern() throws -> Pattern {
        try enter()
        defer { level -= 1 }
        let t = tok
        switch t.kind {
        case .number, .string:
            return Pattern(kind: .value(try parseLiteralExpr()), loc: span(from: t))
        case .op where t.text == "-":
            return Pattern(kind: .value(try parseLiteralExpr()), loc: span(from: t))
        case .op where t.text == "(":
            return try parseParenthesizedPattern()
        case .op where t.text == "[":
            pos += 1
            var elts: [Pattern] = []
            while !at("]") {
                elts.append(try parseMaybeStarPattern())
                if !accept(",") { break }
            }
            try expect("]")
            return Pattern(kind: .sequence(elts), loc: span(from: t))
        case .op where t.text == "{":
            return try parseMappingPattern()
        case .name:
            switch t.text {
            case "None": pos += 1; return Pattern(kind: .singleton(.none), loc: t.location)
            case "True": pos += 1; return Pattern(kind: .singleton(.bool(true)), loc: t.location)
            case "False": pos += 1; return Pattern(kind: .singleton(.bool(false)), loc: t.location)
            default: break
            }
            if pythonKeywords.contains(t.text) { throw invalidSyntax() }
            let target = try parseNameOrAttr()
            if at("(") { return try parseClassPattern(target, start: t) }
            if case .attribute = target.kind { return Pattern(kind: .value(target), loc: target.loc) }
            return Pattern(kind: .as(nil, t.text == "_" ? nil : t.text), loc: t.location)
        default:
            throw invalidSyntax()
        }
    }

    /// `NAME ('.' NAME)*` as a load expression.
    mutating func parseNameOrAttr() throws -> Expr {
        let start = advance()
        var e = Expr(kind: .name(start.text), loc: start.location)
        while at("."), peekToken().kind == .name {
            pos += 1
            let name = try expectName()
            e = bounded(Expr(kind: .attribute(e, name), loc: span(from: start)))
        }
        return e
    }

    func isImaginary(_ t: Token) -> Bool { t.kind == .number && (t.text.hasSuffix("j") || t.text.hasSuffix("J")) }

    /// `literal_expr`: a signed number, `real ± imaginary`, or strings (no f-strings).
    mutating func parseLiteralExpr() throws -> Expr {
        let start = tok
        var e: Expr
        if tok.kind == .string {
            e = try parseStrings()
            if case .joinedStr = e.kind {
                throw error("patterns may only match literals and attribute lookups", at: e.loc)
            }
            return e
        }
        let negative = accept("-")
        guard tok.kind == .number else { throw invalidSyntax() }
        let realTok = tok
        e = try parseAtom()
        if negative { e = Expr(kind: .unaryOp(.uSub, e), loc: span(from: start)) }
        guard at("+") || at("-") else { return e }
        // `real ± imaginary` (`complex_number`): evaluated as that expression when matched.
        let op: BinaryOperator = advance().text == "+" ? .add : .sub
        guard tok.kind == .number else { throw invalidSyntax() }
        let imaginary = tok
        guard isImaginary(imaginary) else {
            throw error("imaginary number required in complex literal", at: imaginary.location)
        }
        if isImaginary(realTok) { throw error("real number required in complex literal", at: e.loc) }
        let right = try parseAtom()
        return Expr(kind: .binOp(e, op, right), loc: span(from: start))
    }

    /// `(pattern)` is a group (the pattern itself); `()` and `(p,)` / `(p, q)` are sequences.
    mutating func parseParenthesizedPattern() throws -> Pattern {
        let open = advance()
        if accept(")") { return Pattern(kind: .sequence([]), loc: span(from: open)) }
        let first = try parseMaybeStarPattern()
        if case .star = first.kind, !at(",") { throw invalidSyntax() }
        if accept(")") { return first }
        guard at(",") else { throw invalidSyntax() }
        var elts = [first]
        while accept(",") {
            if at(")") { break }
            elts.append(try parseMaybeStarPattern())
        }
        try expect(")")
        return Pattern(kind: .sequence(elts), loc: span(from: open))
    }

    mutating func parseMappingPattern() throws -> Pattern {
        let open = advance()
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: String?
        while !at("}") {
            if accept("**") {
                guard tok.kind == .name, !pythonKeywords.contains(tok.text), tok.text != "_" else {
                    throw invalidSyntax()
                }
                rest = advance().text
                _ = accept(",")
                guard at("}") else { throw invalidSyntax() }
                break
            }
            keys.append(try parseMappingKey())
            guard accept(":") else { throw invalidSyntax() }
            patterns.append(try parsePattern())
            if !accept(",") { break }
        }
        try expect("}")
        return Pattern(kind: .mapping(keys: keys, patterns: patterns, rest: rest), loc: span(from: open))
    }

    /// A mapping pattern's key: a literal or a dotted name (`attr`).
    mutating func parseMappingKey() throws -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            switch t.text {
            case "None": pos += 1; return Expr(kind: .literal(.none), loc: t.location)
            case "True": pos += 1; return Expr(kind: .literal(.bool(true)), loc: t.location)
            case "False": pos += 1; return Expr(kind: .literal(.bool(false)), loc: t.location)
            default: break
            }
            guard !pythonKeywords.contains(t.text), peekToken().isOp(".") else { throw invalidSyntax() }
            return try parseNameOrAttr()
        default:
            return try parseLiteralExpr()
        }
    }

    /// `Cls(p, q, attr=r)` after the class name.
    mutating func parseClassPattern(_ cls: Expr, start: Token) throws -> Pattern {
        pos += 1
        var patterns: [Pattern] = []
        var names: [String] = []
        var keywordPatterns: [Pattern] = []
        while !at(")") {
            if tok.kind == .name, !pythonKeywords.contains(tok.text), peekToken().isOp("=") {
                names.append(advance().text)
                pos += 1
                keywordPatterns.append(try parsePattern())
            } else {
                let p = try parsePattern()
                if !names.isEmpty { throw error("positional patterns follow keyword patterns", at: p.loc) }
                patterns.append(p)
            }
            if !accept(",") { break }
        }
        try expect(")")
        return Pattern(kind: .cls(cls, patterns: patterns, kwdAttrs: names, kwdPatterns: keywordPatterns),
                       loc: span(from: start))
    }
}
