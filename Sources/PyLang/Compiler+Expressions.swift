extension Compiler {
    // MARK: - Expressions

    mutating func visit(_ e: Expr) throws {
        let saved = position
        position = Position(e.loc)
        defer { position = saved }
        if let c = constantValue(e) {
            loadConst(c)
            return
        }
        switch e.kind {
        case .name(let n): nameOp(n, .load)
        case .literal: break  // handled by constantValue
        case .joinedStr(let values):
            if values.isEmpty { loadConst(.str("")); return }
            for v in values { try visit(v) }
            if values.count != 1 { emit(.buildString(Int32(values.count))) }
        case .formattedValue(let value, let conversion, let spec):
            try visit(value)
            var oparg: Int32 = conversion == 115 ? 1 : conversion == 114 ? 2 : conversion == 97 ? 3 : 0
            if let spec { try visit(spec); oparg |= 4 }
            emit(.formatValue(oparg))
        case .boolOp(let op, let values):
            let end = newLabel()
            for (k, v) in values.enumerated() {
                try visit(v)
                if k < values.count - 1 { emit(op == .and ? .jumpIfFalseOrPop(end) : .jumpIfTrueOrPop(end)) }
            }
            place(end)
        case .binOp(let l, let op, let r):
            try visit(l)
            try visit(r)
            emit(.binaryOp(Int32(op.rawValue)))
        case .unaryOp(let op, let v):
            try visit(v)
            switch op {
            case .invert: emit(.unaryInvert)
            case .not: emit(.unaryNot)
            case .uAdd: emit(.unaryPositive)
            case .uSub: emit(.unaryNegative)
            }
        case .lambda(let args, let body): try compileLambda(args, body, at: e.loc)
        case .ifExp(let test, let body, let orelse):
            let end = newLabel(), next = newLabel()
            try jumpIf(test, to: next, when: false)
            try visit(body)
            emit(.jumpForward(end))
            place(next)
            try visit(orelse)
            place(end)
        case .dict(let keys, let values): try compileDict(keys, values)
        case .set(let elts): try starUnpack(elts, pushed: 0, build: .buildSet, add: .setAdd, extend: .setUpdate, tuple: false)
        case .list(let elts): try starUnpack(elts, pushed: 0, build: .buildList, add: .listAppend, extend: .listExtend, tuple: false)
        case .tuple(let elts): try starUnpack(elts, pushed: 0, build: .buildList, add: .listAppend, extend: .listExtend, tuple: true)
        case .listComp(let elt, let gens): try compileComprehension("<listcomp>", .list, [elt], gens, at: e.loc)
        case .setComp(let elt, let gens): try compileComprehension("<setcomp>", .set, [elt], gens, at: e.loc)
        case .dictComp(let k, let v, let gens): try compileComprehension("<dictcomp>", .dict, [k, v], gens, at: e.loc)
        case .generatorExp(let elt, let gens): try compileComprehension("<genexpr>", .generator, [elt], gens, at: e.loc)
        case .await(let v):
            try checkAwaitAllowed(at: e.loc, what: "await")
            try visit(v)
            emit(.getAwaitable(0))
            loadConst(.none)
            yieldFrom(isAwait: true)
        case .yield(let v):
            if let v { try visit(v) } else { loadConst(.none) }
            if unit.scope.isCoroutine { emit(.asyncGenWrap) }
            emit(.yieldValue)
            emit(.resume(1))
        case .yieldFrom(let v):
            try visit(v)
            emit(.getYieldFromIter)
            loadConst(.none)
            yieldFrom(isAwait: false)
        case .compare(let left, let ops, let rights):
            checkIdentityOperands(left, ops, rights, at: e.loc)
            try compileCompare(left, ops, rights)
        case .call(let f, let args, let keywords):
            checkCallable(f, at: e.loc)
            try compileCall(f, args, keywords)
        case .attribute(let v, let attr):
            try visit(v)
            emit(.loadAttr(nameIndex(attr)))
        case .subscript(let v, let index):
            checkSubscript(v, index, at: e.loc)
            try visit(v)
            try visit(index)
            emit(.binarySubscr)
        case .starred:
            throw error("can't use starred expression here", at: e.loc)
        case .slice(let lower, let upper, let step):
            if let lower { try visit(lower) } else { loadConst(.none) }
            if let upper { try visit(upper) } else { loadConst(.none) }
            if let step { try visit(step) }
            emit(.buildSlice(step == nil ? 2 : 3))
        case .namedExpr(let target, let value):
            try visit(value)
            emit(.copy(1))
            try visitTarget(target, .store)
        }
    }

    /// `SEND` loop shared by `yield from` and `await` (3.11 `compiler_add_yield_from`).
    mutating func yieldFrom(isAwait: Bool) {
        let start = newLabel(), exit = newLabel()
        place(start)
        emit(.send(exit))
        emit(.yieldValue)
        emit(.resume(isAwait ? 3 : 2))
        emit(.jumpBackwardNoInterrupt(start))
        place(exit)
    }

    func checkAwaitAllowed(at loc: SourceLocation, what: String) throws {
        guard let u = units.last(where: { !$0.scope.isComprehension }) else { return }
        if u.scope.kind != .function {
            throw error("'\(what)' outside function", at: loc)
        }
        if !u.scope.isCoroutine {
            throw error("'\(what)' outside async function", at: loc)
        }
    }

    // MARK: - Constants

    /// The folded constant value of `e`, if it is one (literals, constant tuples, `-1`).
    func constantValue(_ e: Expr) -> Constant? {
        switch e.kind {
        case .literal(let lit):
            switch lit {
            case .none: return Constant.none
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .bigInt(let s): return .bigInt(s)
            case .float(let d): return .float(d)
            case .imaginary(let d): return .imaginary(d)
            case .str(let s): return .str(s)
            case .bytes(let b): return .bytes(b)
            case .ellipsis: return .ellipsis
            }
        case .tuple(let elts):
            var items: [Constant] = []
            for x in elts {
                guard let c = constantValue(x) else { return nil }
                items.append(c)
            }
            return .tuple(items)
        case .unaryOp(let op, let v):
            guard let c = constantValue(v) else { return nil }
            switch (op, c) {
            case (.uSub, .int(let i)) where i != Int.min: return .int(-i)
            case (.uSub, .float(let d)): return .float(-d)
            case (.uSub, .bigInt(let s)): return .bigInt(s.hasPrefix("-") ? String(s.dropFirst()) : "-" + s)
            case (.uAdd, .int), (.uAdd, .float): return c
            case (.invert, .int(let i)): return .int(~i)
            case (.not, _): return .bool(!truthiness(c))
            default: return nil
            }
        case .binOp(let l, let op, let r):
            guard let a = constantValue(l), let b = constantValue(r) else { return nil }
            return foldBinary(a, op, b)
        default:
            return nil
        }
    }

    func truthiness(_ c: Constant) -> Bool {
        switch c {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d), .imaginary(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .ellipsis, .code: return true
        case .tuple(let t): return !t.isEmpty
        }
    }

    // MARK: - Conditions

    /// Jumps to `label` when `e`'s truth equals `when` (CPython's `compiler_jump_if`).
    mutating func jumpIf(_ e: Expr, to label: Int32, when cond: Bool) throws {
        // Jumps keep the enclosing statement's position, as in 3.11.
        if let c = constantValue(e) {
            if truthiness(c) == cond { emit(.jumpForward(label)) } else { emit(.nop) }
            return
        }
        switch e.kind {
        case .unaryOp(.not, let operand):
            try jumpIf(operand, to: label, when: !cond)
            return
        case .boolOp(let op, let values):
            let isOr = op == .or
            let next2 = isOr != cond ? newLabel() : label
            for v in values.dropLast() { try jumpIf(v, to: next2, when: isOr) }
            try jumpIf(values[values.count - 1], to: label, when: cond)
            if next2 != label { place(next2) }
            return
        case .compare(let left, let ops, let rights) where ops.count > 1:
            checkIdentityOperands(left, ops, rights, at: e.loc)
            let cleanup = newLabel(), end = newLabel()
            try visit(left)
            for k in 0..<(ops.count - 1) {
                try visit(rights[k])
                emit(.swap(2))
                emit(.copy(2))
                emitCompare(ops[k])
                emit(.popJumpIfFalse(cleanup))
            }
            try visit(rights[rights.count - 1])
            emitCompare(ops[ops.count - 1])
            emit(cond ? .popJumpIfTrue(label) : .popJumpIfFalse(label))
            emit(.jumpForward(end))
            place(cleanup)
            emit(.popTop)
            if !cond { emit(.jumpForward(label)) }
            place(end)
            return
        case .compare(let left, let ops, let rights) where (ops[0] == .is || ops[0] == .isNot):
            if case .literal(.none) = rights[0].kind {
                checkIdentityOperands(left, ops, rights, at: e.loc)
                try visit(left)
                let jumpIfNone = (ops[0] == .is) == cond
                emit(jumpIfNone ? .popJumpIfNone(label) : .popJumpIfNotNone(label))
                return
            }
        default:
            break
        }
        try visit(e)
        emit(cond ? .popJumpIfTrue(label) : .popJumpIfFalse(label))
    }

    mutating func emitCompare(_ op: CompareOperator) {
        switch op {
        case .lt: emit(.compareOp(0))
        case .ltE: emit(.compareOp(1))
        case .eq: emit(.compareOp(2))
        case .notEq: emit(.compareOp(3))
        case .gt: emit(.compareOp(4))
        case .gtE: emit(.compareOp(5))
        case .is: emit(.isOp(0))
        case .isNot: emit(.isOp(1))
        case .in: emit(.containsOp(0))
        case .notIn: emit(.containsOp(1))
        }
    }

    mutating func compileCompare(_ left: Expr, _ ops: [CompareOperator], _ rights: [Expr]) throws {
        try visit(left)
        if ops.count == 1 {
            try visit(rights[0])
            emitCompare(ops[0])
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for k in 0..<(ops.count - 1) {
            try visit(rights[k])
            emit(.swap(2))
            emit(.copy(2))
            emitCompare(ops[k])
            emit(.jumpIfFalseOrPop(cleanup))
        }
        try visit(rights[rights.count - 1])
        emitCompare(ops[ops.count - 1])
        emit(.jumpForward(end))
        place(cleanup)
        emit(.swap(2))
        emit(.popTop)
        place(end)
    }
}
