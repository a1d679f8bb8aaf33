/// Parses a token list into a `Module`, with CPython 3.11's messages for common mistakes.
///
/// - Throws: `SyntaxError` located at the offending token.
func parse(_ tokens: [Token], source: String, filename: String) throws -> ParsedModule {
    var parser = Parser(tokens: tokens, errors: ErrorFactory(source: source, filename: filename))
    parser.level = Parser.fileLevel
    do {
        let body = try parser.parseFile()
        // The compiler's recursion limit is checked on the whole tree before any other
        // compile-time error (3.11 runs `_PyAST_Optimize` before the symbol table).
        if parser.tooDeep || body.contains(where: { $0.depth > Parser.maxTreeDepth }) {
            throw SyntaxError.recursion(filename: filename)
        }
        return ParsedModule(body: body, filename: filename, source: source)
    } catch let e as SyntaxError where e.hasLocation {
        // 3.11 `_PyPegen_set_syntax_error`: an unclosed bracket wins over a generic error
        // reported after its line, or at end of input.
        if let end = tokens.last, end.kind == .endMarker, !end.text.isEmpty,
           e.line > end.endLine || parser.tok.kind == .endMarker {
            throw parser.errors.make("'\(end.text)' was never closed", line: end.endLine, col: end.endCol)
        }
        throw e
    }
}

/// Tokenizes and parses `source` (the public entry for tools that want the AST only).
public func parse(source: String, filename: String = "<string>") throws -> ParsedModule {
    try LargeStack.run { try parseOnThisThread(source: source, filename: filename) }
}

/// `parse(source:filename:)` on the calling thread (which must have `LargeStack`'s room).
func parseOnThisThread(source: String, filename: String) throws -> ParsedModule {
    let tokens = try Tokenizer.tokens(source, filename: filename, strictBrackets: false)
    return try parse(tokens, source: source, filename: filename)
}

struct Parser {
    let tokens: [Token]
    let errors: ErrorFactory
    var pos = 0
    /// Token range `(start, end)` of the most recently parsed disjunction, for the
    /// missing-comma hint.
    var lastExpression: (Int, Int)?
    /// Rule invocations on the current path, counted as CPython 3.11's generated parser counts
    /// them (`p->level`): past `maxLevel` it fails with a bare `MemoryError`. Every recursion
    /// of this parser passes through `enter`, so the limit also bounds its stack use.
    var level = 0
    /// `Parser/parser.c` `MAXSTACK`.
    static let maxLevel = 6000
    /// The levels CPython spends above a module's statements (`file`, `statements`, ...),
    /// fitted so that `x = -...-1` fails past 5967 operators, as it does in 3.11.7.
    static let fileLevel = 6
    /// Set when a chain of operators, attributes, calls or subscripts (which the parser
    /// builds in a loop, not by recursion) grew past `maxTreeDepth`; the chain is cut so no
    /// later pass recurses down it, and the parse ends with CPython's `RecursionError`.
    var tooDeep = false
    /// CPython 3.11's compiler recursion limit over statement and expression nodes: the default
    /// recursion limit (1000) times `COMPILER_STACK_FRAME_SCALE` (3).
    static let maxTreeDepth: Int32 = 3000
    /// Line offset for f-string sub-parsers (their tokens are relative to the replacement field).
    var lineOffset = 0

    init(tokens: [Token], errors: ErrorFactory) {
        self.tokens = tokens
        self.errors = errors
    }

    // MARK: - Cursor

    var tok: Token { tokens[min(pos, tokens.count - 1)] }
    func peekToken(_ k: Int = 1) -> Token { tokens[min(pos + k, tokens.count - 1)] }
    var previous: Token { tokens[max(0, pos - 1)] }

    mutating func advance() -> Token {
        let t = tok
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    func at(_ op: String) -> Bool { tok.isOp(op) }
    func atKeyword(_ kw: String) -> Bool { tok.isKeyword(kw) }

    mutating func accept(_ op: String) -> Bool {
        if at(op) { pos += 1; return true }
        return false
    }

    mutating func acceptKeyword(_ kw: String) -> Bool {
        if atKeyword(kw) { pos += 1; return true }
        return false
    }

    mutating func expect(_ op: String) throws {
        if accept(op) { return }
        if op == ":" { throw expectedColon() }
        throw invalidSyntax()
    }

    mutating func expectKeyword(_ kw: String) throws {
        if !acceptKeyword(kw) { throw invalidSyntax() }
    }

    mutating func expectName() throws -> String {
        guard tok.kind == .name, !pythonKeywords.contains(tok.text) else { throw invalidSyntax() }
        return advance().text
    }

    /// Location spanning from `start` to the previous token's end.
    func span(from start: Token) -> SourceLocation {
        let end = lastSignificant
        return SourceLocation(line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol)
    }

    func span(from start: SourceLocation) -> SourceLocation {
        let end = lastSignificant
        return SourceLocation(line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol)
    }

    /// The last consumed token that is not NEWLINE/INDENT/DEDENT (where a block really ends).
    var lastSignificant: Token {
        var k = pos - 1
        while k > 0, [.newline, .indent, .dedent].contains(tokens[k].kind) { k -= 1 }
        return tokens[max(0, k)]
    }

    // MARK: - Errors

    func error(_ msg: String, at loc: SourceLocation, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        var l = loc
        l.line += lineOffset
        l.endLine += lineOffset
        return errors.make(msg, at: l, kind: kind)
    }

    func invalidSyntax() -> SyntaxError {
        if tok.kind == .indent {
            return error("unexpected indent", at: SourceLocation(line: tok.line, col: max(0, tok.endCol - 1),
                                                                  endLine: tok.line + 1, endCol: 0),
                         kind: .indentationError)
        }
        if tok.kind == .dedent {
            return error("unindent does not match any outer indentation level", at: tok.location,
                         kind: .indentationError)
        }
        var loc = tok.location
        if tok.kind == .endMarker || tok.kind == .newline { loc.endCol = loc.col }
        if let comma = missingCommaError() { return comma }
        return error("invalid syntax", at: loc)
    }

    /// 3.11's `invalid_expression`: inside brackets, an expression directly followed by another
    /// one is "invalid syntax. Perhaps you forgot a comma?" spanning both.
    func missingCommaError() -> SyntaxError? {
        guard let (startPos, endPos) = lastExpression, endPos == pos, startPos < pos,
              tok.line == previous.endLine else { return nil }
        let startsExpression = tok.kind == .name || tok.kind == .number || tok.kind == .string
            || (tok.kind == .op && ["(", "[", "{", "-", "+", "~", "..."].contains(tok.text))
        guard startsExpression, !(tok.kind == .name && pythonKeywords.contains(tok.text)
                                  && !["None", "True", "False", "not", "lambda", "await"].contains(tok.text)) else { return nil }
        var depth = 0
        for t in tokens[..<pos] where t.kind == .op {
            if ["(", "[", "{"].contains(t.text) { depth += 1 } else if [")", "]", "}"].contains(t.text) { depth -= 1 }
        }
        guard depth > 0 else { return nil }
        let a = tokens[startPos]
        if a.kind == .name && ["print", "exec"].contains(a.text) && startPos + 1 == pos { return nil }
        if a.kind == .name && startPos + 1 == pos && tok.kind == .string { return nil }
        var copy = self
        copy.lastExpression = nil
        guard (try? copy.parseExpression()) != nil else { return nil }
        let b = copy.previous
        return error("invalid syntax. Perhaps you forgot a comma?",
                     at: SourceLocation(line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol))
    }

    func expectedColon() -> SyntaxError {
        let p = previous
        return error("expected ':'", at: SourceLocation(line: p.endLine, col: p.endCol, endLine: p.endLine, endCol: p.endCol))
    }

    /// Enters `cost` levels of CPython's rule nesting; leave with `level -= cost`.
    mutating func enter(_ cost: Int = 1) throws {
        level += cost
        if level > Parser.maxLevel { throw SyntaxError.parserStackOverflow(filename: errors.filename) }
    }

    /// `e`, or a stand-in leaf when `e` is deeper than the compiler accepts (see `tooDeep`).
    mutating func bounded(_ e: Expr) -> Expr {
        guard e.depth > Parser.maxTreeDepth else { return e }
        tooDeep = true
        return Expr(kind: .literal(.none), loc: e.loc)
    }

    func unsupported(_ construct: String, at loc: SourceLocation) -> SyntaxError {
        error("the tutor does not support \(construct)", at: loc)
    }

    // MARK: - Targets

    /// The name CPython uses for an expression in "cannot assign to X" messages.
    static func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .name: return "name"
        case .literal(let lit):
            switch lit {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .joinedStr, .formattedValue: return "f-string expression"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .lambda: return "lambda"
        case .ifExp: return "conditional expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .list: return "list"
        case .tuple: return "tuple"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .generatorExp: return "generator expression"
        case .await: return "await expression"
        case .yield, .yieldFrom: return "yield expression"
        case .compare: return "comparison"
        case .call: return "function call"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .slice: return "slice"
        case .namedExpr: return "named expression"
        }
    }

    enum TargetUse { case assign, assignHere, delete, augmented, forTarget, with }

    /// Checks that `e` can be stored to (or deleted), throwing CPython's message if not.
    func checkTarget(_ e: Expr, _ use: TargetUse, nested: Bool = false) throws {
        switch e.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let elts), .list(let elts):
            if use == .augmented {
                throw error("'\(Parser.exprName(e))' is an illegal expression for augmented assignment", at: e.loc)
            }
            for elt in elts { try checkTarget(elt, use, nested: true) }
            if use != .delete, elts.filter({ if case .starred = $0.kind { return true }; return false }).count > 1 {
                throw error("multiple starred expressions in assignment", at: e.loc)
            }
        case .starred(let inner):
            if use == .delete { throw error("cannot delete starred", at: e.loc) }
            if !nested { throw error("starred assignment target must be in a list or tuple", at: e.loc) }
            try checkTarget(inner, use, nested: true)
        default:
            let name = Parser.exprName(e)
            if use == .augmented {
                throw error("'\(name)' is an illegal expression for augmented assignment", at: e.loc)
            }
            if case .yield = e.kind, use != .delete { throw error("assignment to yield expression not possible", at: e.loc) }
            if case .yieldFrom = e.kind, use != .delete { throw error("assignment to yield expression not possible", at: e.loc) }
            let verb = use == .delete ? "delete" : "assign to"
            var msg = "cannot \(verb) \(name)"
            if use == .assignHere, case .literal(let lit) = e.kind, lit == .none || lit == .bool(true) || lit == .bool(false) {
                throw error(msg, at: e.loc)
            }
            if use == .assignHere { msg += " here. Maybe you meant '==' instead of '='?" }
            throw error(msg, at: e.loc)
        }
    }
}
