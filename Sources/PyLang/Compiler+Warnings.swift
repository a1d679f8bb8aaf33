/// A SyntaxWarning the compiler reports (compile.c `compiler_warn`): the line it is charged
/// to and its message. The module's code carries them (`CodeObject.warnings`); whoever runs
/// the code reports them, as CPython does while compiling.
public struct CompileWarning: Sendable, Equatable {
    public let line: Int
    public let message: String
    /// The 0-based columns of the node warned about (an `error` filter makes it a SyntaxError there).
    public let column: Int
    public let endLine: Int
    public let endColumn: Int
}

/// The compile-time SyntaxWarnings of CPython 3.11's compiler, each checked where compile.c
/// checks it, before the node's children are compiled, so they come in CPython's order:
/// `is` with a literal, a literal called or subscripted ("perhaps you missed a comma?"), and
/// an assert of a non-empty tuple. Operands count as literals after constant folding.
extension Compiler {
    mutating func warn(_ message: String, at loc: SourceLocation) {
        warnings.append(CompileWarning(line: loc.line, message: message, column: loc.col, endLine: loc.endLine,
                                       endColumn: loc.endCol))
    }

    /// compile.c `check_compare`: an `is`/`is not` with a constant operand other than None,
    /// True, False or `...`.
    mutating func checkIdentityOperands(_ left: Expr, _ ops: [CompareOperator], _ rights: [Expr], at loc: SourceLocation) {
        var leftIsLiteral = isLiteral(left)
        for (op, right) in zip(ops, rights) {
            let rightIsLiteral = isLiteral(right)
            if (op == .is || op == .isNot) && (leftIsLiteral || rightIsLiteral) {
                warn(op == .is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?", at: loc)
            }
            leftIsLiteral = rightIsLiteral
        }
    }

    private func isLiteral(_ e: Expr) -> Bool {
        switch foldedForWarning(e) {
        case nil, .none?, .bool?, .ellipsis?: return false
        default: return true
        }
    }

    /// compile.c `check_caller`: a literal or display called.
    mutating func checkCallable(_ f: Expr, at loc: SourceLocation) {
        switch f.kind {
        case .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp, .generatorExp, .joinedStr, .formattedValue:
            break
        default:
            guard foldedForWarning(f) != nil else { return }
        }
        guard let type = inferredType(f) else { return }
        warn("'\(type)' object is not callable; perhaps you missed a comma?", at: loc)
    }

    /// compile.c `check_subscripter` and `check_index`, for a subscript read.
    mutating func checkSubscript(_ value: Expr, _ index: Expr, at loc: SourceLocation) {
        let constant = foldedForWarning(value)
        var subscriptable = true
        switch value.kind {
        case .set, .setComp, .generatorExp, .lambda: subscriptable = false
        default:
            switch constant {
            case .none?, .ellipsis?, .int?, .bigInt?, .bool?, .float?, .imaginary?: subscriptable = false
            default: break
            }
        }
        if !subscriptable, let type = inferredType(value) {
            warn("'\(type)' object is not subscriptable; perhaps you missed a comma?", at: loc)
            return
        }
        guard let indexType = inferredType(index), indexType != "int", indexType != "bool" else { return }
        var sequence = false
        switch value.kind {
        case .tuple, .list, .listComp, .joinedStr, .formattedValue: sequence = true
        default:
            switch constant {
            case .str?, .bytes?, .tuple?: sequence = true
            default: break
            }
        }
        guard sequence, let type = inferredType(value) else { return }
        warn("\(type) indices must be integers or slices, not \(indexType); perhaps you missed a comma?", at: loc)
    }

    /// compile.c `compiler_assert`: the test is a non-empty tuple, so always true.
    mutating func checkAssertTest(_ test: Expr, at loc: SourceLocation) {
        var nonEmptyTuple = false
        if case .tuple(let items) = test.kind { nonEmptyTuple = !items.isEmpty }
        if nonEmptyTuple { warn("assertion is always true, perhaps remove parentheses?", at: loc) }
    }

    /// compile.c `infer_type`: the type a node's value surely has, by its kind (nil: unknown).
    private func inferredType(_ e: Expr) -> String? {
        if let c = foldedForWarning(e) { return Compiler.typeName(of: c) }
        switch e.kind {
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return "function"
        case .joinedStr, .formattedValue: return "str"
        default: return nil
        }
    }

    static func typeName(of c: Constant) -> String {
        switch c {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .imaginary: return "complex"
        case .str: return "str"
        case .bytes: return "bytes"
        case .ellipsis: return "ellipsis"
        case .tuple: return "tuple"
        case .code: return "code"
        }
    }

    /// `constantValue`, plus what CPython's AST optimiser also folds before these checks: a
    /// constant str, bytes or tuple indexed by a constant int (`"abc"[0]`).
    private func foldedForWarning(_ e: Expr) -> Constant? {
        if let c = constantValue(e) { return c }
        guard case .subscript(let value, let index) = e.kind, let v = foldedForWarning(value),
              case .int(let i)? = constantValue(index) else { return nil }
        switch v {
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            let k = i < 0 ? i + scalars.count : i
            return scalars.indices.contains(k) ? .str(String(scalars[k])) : nil
        case .bytes(let b):
            let k = i < 0 ? i + b.count : i
            return b.indices.contains(k) ? .int(Int(b[k])) : nil
        case .tuple(let items):
            let k = i < 0 ? i + items.count : i
            return items.indices.contains(k) ? items[k] : nil
        default:
            return nil
        }
    }
}
