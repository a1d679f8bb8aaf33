extension Parser {
    // MARK: - Module and blocks

    mutating func parseFile() throws -> [Stmt] {
        var body: [Stmt] = []
        while tok.kind != .endMarker {
            if tok.kind == .newline { pos += 1; continue }
            body += try parseStatement()
        }
        return body
    }

    mutating func parseStatement() throws -> [Stmt] {
        try enter()
        defer { level -= 1 }
        if tok.kind == .indent || tok.kind == .dedent { throw invalidSyntax() }
        if at("@") { return [try parseDecorated()] }
        if tok.kind == .name {
            switch tok.text {
            case "if": return [try parseIf()]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor(start: tok, isAsync: false)]
            case "try": return [try parseTry()]
            case "with": return [try parseWith(start: tok, isAsync: false)]
            case "def": return [try parseFunctionDef(start: tok, decorators: [], isAsync: false)]
            case "class": return [try parseClassDef(start: tok, decorators: [])]
            case "async":
                let start = advance()
                if atKeyword("def") { return [try parseFunctionDef(start: start, decorators: [], isAsync: true)] }
                if atKeyword("for") { return [try parseFor(start: start, isAsync: true)] }
                if atKeyword("with") { return [try parseWith(start: start, isAsync: true)] }
                throw invalidSyntax()
            case "match" where looksLikeMatchStatement():
                return [try parseMatch()]
            default: break
            }
        }
        return try parseSimpleStatements()
    }

    /// `match x:` at the end of a line: no other statement starting with the name `match` can
    /// end with a colon, so this is a `match` statement (or CPython's error for one).
    func looksLikeMatchStatement() -> Bool {
        var k = pos + 1
        guard tokens[k].kind != .op || ["(", "[", "{", "-", "*"].contains(tokens[k].text) else { return false }
        while k < tokens.count, tokens[k].kind != .newline { k += 1 }
        return k < tokens.count && tokens[k - 1].isOp(":")
    }

    /// `':' NEWLINE INDENT stmts DEDENT` or `':' simple_stmts`.
    mutating func parseBlock(after what: String, line: Int) throws -> [Stmt] {
        // CPython's `block`, `statements`, `statement`, ... around a nested statement.
        try enter(5)
        defer { level -= 5 }
        if !at(":") {
            if tok.kind == .newline { throw expectedColon() }
            throw invalidSyntax()
        }
        pos += 1
        guard tok.kind == .newline else { return try parseSimpleStatements() }
        pos += 1
        guard tok.kind == .indent else {
            throw error("expected an indented block after \(what) on line \(line)", at: tok.location,
                        kind: .indentationError)
        }
        pos += 1
        var body: [Stmt] = []
        while tok.kind != .dedent && tok.kind != .endMarker {
            body += try parseStatement()
        }
        if tok.kind == .dedent { pos += 1 }
        return body
    }

    // MARK: - Compound statements

    mutating func parseConditionTest() throws -> Expr {
        let test = try parseNamedExpression()
        if at("=") {
            let eq = advance()
            guard (try? parseBitOr()) != nil else {
                throw error("invalid syntax", at: eq.location)
            }
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: span(from: test.loc))
        }
        return test
    }

    mutating func parseIf() throws -> Stmt {
        let start = advance()
        let kw = start.text
        let test = try parseConditionTest()
        let body = try parseBlock(after: "'\(kw)' statement", line: start.line)
        var orelse: [Stmt] = []
        if atKeyword("elif") {
            try enter()
            defer { level -= 1 }
            orelse = [try parseIf()]
        } else if atKeyword("else") {
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return Stmt(kind: .if(test: test, body: body, orelse: orelse), loc: span(from: start))
    }

    mutating func parseWhile() throws -> Stmt {
        let start = advance()
        let test = try parseConditionTest()
        let body = try parseBlock(after: "'while' statement", line: start.line)
        var orelse: [Stmt] = []
        if atKeyword("else") {
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return Stmt(kind: .while(test: test, body: body, orelse: orelse), loc: span(from: start))
    }

    mutating func parseFor(start: Token, isAsync: Bool) throws -> Stmt {
        let forTok = advance()
        let target = try parseTargetList()
        try checkTarget(target, .forTarget)
        try expectKeyword("in")
        let iter = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement", line: forTok.line)
        var orelse: [Stmt] = []
        if atKeyword("else") {
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return Stmt(kind: .for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync),
                    loc: span(from: start))
    }

    /// Comma-separated targets stopping before `in` / `=` (as CPython's `star_targets`).
    mutating func parseTargetList() throws -> Expr {
        let start = tok
        var elts: [Expr] = []
        var trailingComma = false
        repeat {
            if tok.kind == .name && tok.text == "in" || at("=") || at(":") || tok.kind == .newline { break }
            if at("*") {
                let s = advance()
                let inner = try parseBitOr()
                elts.append(Expr(kind: .starred(inner), loc: span(from: s)))
            } else {
                elts.append(try parseBitOr())
            }
            trailingComma = at(",")
        } while accept(",")
        if elts.isEmpty { throw invalidSyntax() }
        if elts.count == 1 && !trailingComma { return elts[0] }
        return Expr(kind: .tuple(elts), loc: span(from: start))
    }

    /// A single `star_target` (as after `with ... as`).
    mutating func parseStarTarget() throws -> Expr {
        if at("*") {
            let s = advance()
            let inner = try parseBitOr()
            return Expr(kind: .starred(inner), loc: span(from: s))
        }
        return try parseBitOr()
    }

    mutating func parseTry() throws -> Stmt {
        let start = advance()
        let body = try parseBlock(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        while atKeyword("except") {
            let ex = advance()
            let isStar = accept("*")
            if let first = handlers.first, first.isStar != isStar {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: span(from: ex))
            }
            if isStar && at(":") { throw error("expected one or more exception types", at: tok.location) }
            var type: Expr?
            var name: String?
            if !at(":") {
                type = try parseExpression()
                if at(",") {
                    var elts = [type!]
                    while accept(",") { if at(":") || atKeyword("as") { break }; elts.append(try parseExpression()) }
                    throw error("multiple exception types must be parenthesized", at: span(from: elts[0].loc))
                }
                if acceptKeyword("as") { name = try expectName() }
            }
            let hbody = try parseBlock(after: "'except' statement", line: ex.line)
            if type == nil, atKeyword("except") {
                throw error("default 'except:' must be last", at: ex.location)
            }
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, loc: span(from: ex), isStar: isStar))
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if !handlers.isEmpty, atKeyword("else") {
            let e = advance()
            orelse = try parseBlock(after: "'else' statement", line: e.line)
        }
        if atKeyword("finally") {
            let f = advance()
            finalbody = try parseBlock(after: "'finally' statement", line: f.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            var loc = tok.location
            if tok.kind == .endMarker || tok.kind == .dedent { loc = previous.location; loc.col = loc.endCol; loc.endLine = loc.line + 1 }
            throw error("expected 'except' or 'finally' block", at: loc)
        }
        return Stmt(kind: .try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), loc: span(from: start))
    }

    mutating func parseWith(start: Token, isAsync: Bool) throws -> Stmt {
        let withTok = advance()
        var items: [WithItem] = []
        var parsed = false
        if at("(") {
            let save = pos
            if let parenthesized = try? parseParenthesizedWithItems(), at(":") {
                items = parenthesized
                parsed = true
            } else {
                pos = save
            }
        }
        if !parsed {
            repeat { items.append(try parseWithItem()) } while accept(",")
        }
        let body = try parseBlock(after: "'with' statement", line: withTok.line)
        return Stmt(kind: .with(items, body: body, isAsync: isAsync), loc: span(from: start))
    }

    mutating func parseParenthesizedWithItems() throws -> [WithItem] {
        try expect("(")
        var items: [WithItem] = []
        repeat {
            if at(")") { break }
            items.append(try parseWithItem())
        } while accept(",")
        try expect(")")
        return items
    }

    mutating func parseWithItem() throws -> WithItem {
        let context = try parseExpression()
        var target: Expr?
        if acceptKeyword("as") {
            let t = try parseStarTarget()
            try checkTarget(t, .with)
            target = t
        }
        return WithItem(context: context, target: target)
    }

    mutating func parseDecorated() throws -> Stmt {
        let start = tok
        var decorators: [Expr] = []
        while accept("@") {
            decorators.append(try parseNamedExpression())
            guard tok.kind == .newline else { throw invalidSyntax() }
            pos += 1
        }
        if atKeyword("def") { return try parseFunctionDef(start: start, decorators: decorators, isAsync: false) }
        if atKeyword("class") { return try parseClassDef(start: start, decorators: decorators) }
        if atKeyword("async"), peekToken().isKeyword("def") {
            pos += 1
            return try parseFunctionDef(start: start, decorators: decorators, isAsync: true)
        }
        throw invalidSyntax()
    }

    mutating func parseFunctionDef(start: Token, decorators: [Expr], isAsync: Bool) throws -> Stmt {
        let defTok = advance()
        let name = try expectName()
        try expect("(")
        let args = try parseParameters(closing: ")", annotations: true)
        try expect(")")
        var returns: Expr?
        if accept("->") { returns = try parseExpression() }
        let body = try parseBlock(after: "function definition", line: defTok.line)
        let fn = FunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: isAsync)
        var loc = span(from: start)
        loc.line = defTok.line
        loc.col = isAsync && decorators.isEmpty ? start.col : defTok.col
        return Stmt(kind: .functionDef(fn), loc: loc)
    }

    mutating func parseClassDef(start: Token, decorators: [Expr]) throws -> Stmt {
        let classTok = advance()
        let name = try expectName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if accept("(") {
            (bases, keywords) = try parseCallArguments()
            try expect(")")
        }
        let body = try parseBlock(after: "class definition", line: classTok.line)
        var loc = span(from: start)
        loc.line = classTok.line
        loc.col = classTok.col
        return Stmt(kind: .classDef(ClassDef(name: name, bases: bases, keywords: keywords, body: body,
                                             decorators: decorators)), loc: loc)
    }

    /// Parameters up to `closing` (`)` for def, `:` for lambda).
    mutating func parseParameters(closing: String, annotations: Bool) throws -> Arguments {
        var a = Arguments()
        var seenDefault = false
        var seenStar = false
        var seen: Set<String> = []
        func param(_ p: inout Parser) throws -> Arg {
            let t = p.tok
            let name = try p.expectName()
            if seen.contains(name) {
                throw p.error("duplicate argument '\(name)' in function definition", at: t.location)
            }
            seen.insert(name)
            var ann: Expr?
            if annotations, p.accept(":") { ann = try p.parseExpression() }
            return Arg(name: name, annotation: ann, loc: p.span(from: t))
        }
        while !at(closing) {
            if at("/") {
                let slash = advance()
                if seenStar { throw error("/ must be ahead of *", at: slash.location) }
                if a.args.isEmpty || !a.posOnly.isEmpty { throw error("at least one argument must precede /", at: slash.location) }
                a.posOnly = a.args
                a.args = []
            } else if at("**") {
                pos += 1
                a.kwarg = try param(&self)
                if at(",") && !peekToken().isOp(closing) { throw error("arguments cannot follow var-keyword argument", at: peekToken().location) }
            } else if at("*") {
                let star = advance()
                if seenStar { throw error("* argument may appear only once", at: star.location) }
                seenStar = true
                if at(",") || at(closing) {
                    if at(closing) || peekToken().isOp(closing) || peekToken().isOp("**") {
                        throw error("named arguments must follow bare *", at: star.location)
                    }
                } else {
                    a.vararg = try param(&self)
                }
            } else {
                let p = try param(&self)
                var def: Expr?
                if accept("=") { def = try parseExpression() }
                if seenStar {
                    a.kwOnly.append(p)
                    a.kwDefaults.append(def)
                } else {
                    if let d = def { a.defaults.append(d); seenDefault = true }
                    else if seenDefault { throw error("non-default argument follows default argument", at: p.loc) }
                    a.args.append(p)
                }
            }
            if !accept(",") { break }
        }
        return a
    }

    // MARK: - Simple statements

    mutating func parseSimpleStatements() throws -> [Stmt] {
        try enter()
        defer { level -= 1 }
        var stmts: [Stmt] = [try parseSimpleStatement()]
        while accept(";") {
            if tok.kind == .newline { break }
            stmts.append(try parseSimpleStatement())
        }
        guard tok.kind == .newline else { throw invalidSyntax() }
        pos += 1
        return stmts
    }

    mutating func parseSimpleStatement() throws -> Stmt {
        let start = tok
        if tok.kind == .name {
            switch tok.text {
            case "pass": pos += 1; return Stmt(kind: .pass, loc: span(from: start))
            case "break": pos += 1; return Stmt(kind: .break, loc: span(from: start))
            case "continue": pos += 1; return Stmt(kind: .continue, loc: span(from: start))
            case "return":
                pos += 1
                let value = atEndOfSimple ? nil : try parseStarExpressions()
                return Stmt(kind: .return(value), loc: span(from: start))
            case "raise":
                pos += 1
                if atEndOfSimple { return Stmt(kind: .raise(nil, cause: nil), loc: span(from: start)) }
                let exc = try parseExpression()
                var cause: Expr?
                if acceptKeyword("from") { cause = try parseExpression() }
                return Stmt(kind: .raise(exc, cause: cause), loc: span(from: start))
            case "global", "nonlocal":
                pos += 1
                var names = [try expectName()]
                while accept(",") { names.append(try expectName()) }
                let kind: StmtKind = start.text == "global" ? .global(names) : .nonlocal(names)
                return Stmt(kind: kind, loc: span(from: start))
            case "del":
                pos += 1
                let target = try parseTargetList()
                try checkTarget(target, .delete)
                let targets: [Expr]
                if case .tuple(let elts) = target.kind, previous.text != ")" { targets = elts } else { targets = [target] }
                return Stmt(kind: .delete(targets), loc: span(from: start))
            case "assert":
                pos += 1
                let test = try parseExpression()
                let msg = accept(",") ? try parseExpression() : nil
                return Stmt(kind: .assert(test, msg), loc: span(from: start))
            case "import": return try parseImport()
            case "from": return try parseFromImport()
            case "print":
                let next = peekToken()
                if next.kind == .string || next.kind == .number || (next.kind == .name && !pythonKeywords.contains(next.text)) {
                    var k = pos
                    while tokens[k].kind != .newline && tokens[k].kind != .endMarker { k += 1 }
                    let end = tokens[k - 1]
                    throw error("Missing parentheses in call to 'print'. Did you mean print(...)?",
                                at: SourceLocation(line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol))
                }
            default: break
            }
        }
        return try parseExpressionStatement()
    }

    var atEndOfSimple: Bool { tok.kind == .newline || at(";") || tok.kind == .endMarker }

    mutating func parseExpressionStatement() throws -> Stmt {
        let start = tok
        let first = try parseStarExpressions(allowYield: true)
        if at(":") {
            pos += 1
            switch first.kind {
            case .name, .attribute, .subscript: break
            case .tuple: throw error("only single target (not tuple) can be annotated", at: first.loc)
            case .list: throw error("only single target (not list) can be annotated", at: first.loc)
            default: throw error("illegal target for annotation", at: first.loc)
            }
            let annotation = try parseExpression()
            var value: Expr?
            if accept("=") { value = try parseStarExpressions(allowYield: true) }
            var simple = false
            if case .name = first.kind, start.text != "(" { simple = true }
            return Stmt(kind: .annAssign(target: first, annotation: annotation, value: value, simple: simple),
                        loc: span(from: start))
        }
        if tok.kind == .op, let op = augmentedOperators[tok.text] {
            try checkTarget(first, .augmented)
            pos += 1
            let value = try parseStarExpressions(allowYield: true)
            try checkNotLoneStarred(value)
            return Stmt(kind: .augAssign(first, op, value), loc: span(from: start))
        }
        if at("=") {
            // The value is parsed two of CPython's levels deeper than the target.
            try enter(2)
            defer { level -= 2 }
            var exprs = [first]
            while accept("=") { exprs.append(try parseStarExpressions(allowYield: true)) }
            let value = exprs.removeLast()
            for (k, t) in exprs.enumerated() { try checkTarget(t, k == 0 ? .assignHere : .assign) }
            try checkNotLoneStarred(value)
            return Stmt(kind: .assign(targets: exprs, value: value), loc: span(from: start))
        }
        try checkNotLoneStarred(first)
        return Stmt(kind: .expr(first), loc: span(from: start))
    }

    func checkNotLoneStarred(_ e: Expr) throws {
        if case .starred = e.kind { throw error("can't use starred expression here", at: e.loc) }
    }

    mutating func parseDottedName() throws -> String {
        var name = try expectName()
        while accept(".") { name += "." + (try expectName()) }
        return name
    }

    mutating func parseImport() throws -> Stmt {
        let start = advance()
        var names: [Alias] = []
        repeat {
            let t = tok
            let name = try parseDottedName()
            let asName = acceptKeyword("as") ? try expectName() : nil
            names.append(Alias(name: name, asName: asName, loc: span(from: t)))
        } while accept(",")
        return Stmt(kind: .import(names), loc: span(from: start))
    }

    mutating func parseFromImport() throws -> Stmt {
        let start = advance()
        var level = 0
        while at(".") || at("...") { level += advance().text.count }
        var module: String?
        if !atKeyword("import") { module = try parseDottedName() }
        try expectKeyword("import")
        var names: [Alias] = []
        if at("*") {
            let t = advance()
            names.append(Alias(name: "*", asName: nil, loc: t.location))
        } else {
            let paren = accept("(")
            repeat {
                if paren && at(")") { break }
                let t = tok
                let name = try expectName()
                let asName = acceptKeyword("as") ? try expectName() : nil
                names.append(Alias(name: name, asName: asName, loc: span(from: t)))
            } while accept(",")
            if paren { try expect(")") }
            else if previous.isOp(",") { throw error("trailing comma not allowed without surrounding parentheses", at: previous.location) }
        }
        return Stmt(kind: .importFrom(module: module, names: names, level: level), loc: span(from: start))
    }
}

let augmentedOperators: [String: BinaryOperator] = [
    "+=": .add, "-=": .sub, "*=": .mult, "/=": .div, "//=": .floorDiv, "%=": .mod, "**=": .pow,
    "@=": .matMul, "&=": .bitAnd, "|=": .bitOr, "^=": .bitXor, "<<=": .lShift, ">>=": .rShift,
]
