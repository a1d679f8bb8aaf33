/// The `mode` argument of Python's `compile()` (Python/bltinmodule.c `builtin_compile_impl`).
public enum CompileMode: String, Sendable {
    /// A module: any statements; the code returns None.
    case exec
    /// One expression; the code returns its value.
    case eval
    /// One interactive statement: expression statements' values go to `sys.displayhook`.
    case single
}

/// Compiles `source` as `compile(source, filename, mode)` does.
///
/// - Throws: `SyntaxError` from any stage; `invalid syntax` for statements in eval mode.
public func compile(source: String, filename: String, mode: CompileMode) throws -> CodeObject {
    if mode == .exec { return try compile(source: source, filename: filename) }
    return try LargeStack.run {
        let module = try parseOnThisThread(source: source, filename: filename)
        let errors = ErrorFactory(source: module.source, filename: module.filename)
        guard let first = module.body.first else {
            throw errors.make("invalid syntax", line: 0, col: -1)
        }
        switch mode {
        case .eval:
            guard case .expr(let e) = first.kind else { throw errors.make("invalid syntax", line: first.loc.line, col: first.loc.col) }
            if module.body.count > 1 { throw errors.make("invalid syntax", line: e.loc.endLine, col: e.loc.endCol) }
            let top = try SymbolTableBuilder.build(module.body, errors: errors)
            var compiler = Compiler(errors: errors, filename: module.filename, top: top)
            return try compiler.compileExpressionModule(e)
        case .single, .exec:
            // Statements after the first line (`;` joins them on one line) are refused, as
            // 3.11's parser refuses them after an interactive statement.
            if let next = module.body.dropFirst().first(where: { $0.loc.line > first.loc.endLine }) {
                if first.loc.line == first.loc.endLine {
                    let last = module.body.last(where: { $0.loc.line == first.loc.line }) ?? first
                    throw errors.make("multiple statements found while compiling a single statement",
                                      line: last.loc.endLine, col: last.loc.endCol)
                }
                throw errors.make("invalid syntax", line: next.loc.line, col: next.loc.col)
            }
            // Each top-level expression statement becomes `__import__('sys').displayhook(e)`,
            // which is what PRINT_EXPR does in CPython.
            let body = module.body.map { s -> Stmt in
                guard case .expr(let e) = s.kind else { return s }
                let loc = e.loc
                let sys = Expr(kind: .call(Expr(kind: .name("__import__"), loc: loc), [Expr(kind: .literal(.str("sys")), loc: loc)], []), loc: loc)
                let hook = Expr(kind: .attribute(sys, "displayhook"), loc: loc)
                return Stmt(kind: .expr(Expr(kind: .call(hook, [e], []), loc: loc)), loc: s.loc)
            }
            return try compileOnThisThread(ParsedModule(body: body, filename: module.filename, source: module.source))
        }
    }
}

extension Compiler {
    /// The code of an eval-mode source: the expression's value is the code's return value.
    mutating func compileExpressionModule(_ e: Expr) throws -> CodeObject {
        enterScope(top, name: "<module>", firstLine: 1)
        line = 0
        emit(.resume(0), at: Position(line: 0, col: 0))
        line = Int32(e.loc.line)
        try visit(e)
        emit(.returnValue)
        let code = try exitScope()
        code.warnings = warnings
        return code
    }
}
