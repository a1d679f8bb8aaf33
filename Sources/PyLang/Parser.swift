/// Parses a token list into a `Module`, with CPython 3.11's messages for common mistakes.
///
/// - Throws: `SyntaxError` located at the offending token.
func parse(_ tokens: [Token], source: String, filename: String) throws -> Module {
    var parser = Parser(tokens: tokens, errors: ErrorFactory(source: source, filename: filename))
    let body = try parser.parseFile()
    return Module(body: body, filename: filename, source: source)
}

/// Tokenizes and parses `source` (the public entry for tools that want the AST only).
public func parse(source: String, filename: String = "<string>") throws -> Module {
    let tokens = try Tokenizer.tokens(source, filename: filename)
    return try parse(tokens, source: source, filename: filename)
}

struct Parser {
    let tokens: [Token]
    let errors: ErrorFactory
    var pos = 0
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
        SourceLocation(line: start.line, col: start.col, endLine: previous.endLine, endCol: previous.endCol)
    }

    func span(from start: SourceLocation) -> SourceLocation {
        SourceLocation(line: start.line, col: start.col, endLine: previous.endLine, endCol: previous.endCol)
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
        return error("invalid syntax", at: loc)
    }

    func expectedColon() -> SyntaxError {
        let p = previous
        return error("expected ':'", at: SourceLocation(line: p.endLine, col: p.endCol, endLine: p.endLine, endCol: p.endCol))
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
