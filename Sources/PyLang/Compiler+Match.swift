/// The `match` statement, compiled as CPython 3.11's `compiler_match` does (`Python/compile.c`).
///
/// A pattern consumes the subject on top of the stack, on success and on failure. The values
/// it captures stay on the stack (the first captured on top) until the whole pattern has
/// matched; only then are they stored, so a failed case binds nothing. A failure jumps to
/// `failPop[n]`, which pops the n values still above the case's subject and falls through to
/// the next case.
struct PatternContext {
    /// Names captured so far; their values sit on the stack, `stores[0]` nearest the top.
    var stores: [String] = []
    /// Whether an irrefutable pattern (capture, wildcard) is allowed here.
    var allowIrrefutable = false
    /// `failPop[n]`: pop n values, then fail; labels are made on demand.
    var failPop: [Int32] = []
    /// Values above the captures that enclosing patterns still need.
    var onTop = 0
}

extension Compiler {
    mutating func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws {
        try visit(subject)
        let end = newLabel()
        let last = cases.count - 1
        // A trailing `case _:` needs no copy of the subject nor any test.
        let hasDefault = cases.count > 1 && isWildcard(cases[last].pattern)
        let tested = hasDefault ? last : cases.count
        for i in 0..<tested {
            let m = cases[i]
            position = Position(m.pattern.loc)
            if i != tested - 1 { emit(.copy(1)) }
            var pc = PatternContext()
            pc.allowIrrefutable = m.guardExpr != nil || i == last
            try compilePattern(m.pattern, &pc)
            for name in pc.stores { nameOp(name, .store) }
            if let g = m.guardExpr {
                ensureFailPop(&pc, 0)
                position = Position(g.loc)
                try jumpIf(g, to: pc.failPop[0], when: false)
            }
            if i != tested - 1 { emit(.popTop) }
            try visit(m.body)
            emit(.jumpForward(end))
            // The cleanup of a failed pattern belongs to the pattern's line, not the body's.
            position = Position(m.pattern.loc)
            emitAndResetFailPop(&pc)
        }
        if hasDefault {
            let m = cases[last]
            position = Position(m.pattern.loc)
            emit(.nop)
            if let g = m.guardExpr {
                position = Position(g.loc)
                try jumpIf(g, to: end, when: false)
            }
            try visit(m.body)
        }
        place(end)
    }

    func isWildcard(_ p: Pattern) -> Bool {
        if case .as(nil, nil) = p.kind { return true }
        return false
    }

    func isStarWildcard(_ p: Pattern) -> Bool {
        if case .star(nil) = p.kind { return true }
        return false
    }

    // MARK: - Failure paths

    func ensureFailPop(_ pc: inout PatternContext, _ n: Int) {
        while pc.failPop.count <= n { pc.failPop.append(newLabel()) }
    }

    /// Emits `jump` to the failure label that pops everything this pattern left on the stack.
    mutating func jumpToFailPop(_ pc: inout PatternContext, _ jump: (Int32) -> Instruction) {
        let pops = pc.onTop + pc.stores.count
        ensureFailPop(&pc, pops)
        emit(jump(pc.failPop[pops]))
    }

    mutating func emitAndResetFailPop(_ pc: inout PatternContext) {
        guard !pc.failPop.isEmpty else { return }
        for n in stride(from: pc.failPop.count - 1, to: 0, by: -1) {
            place(pc.failPop[n])
            emit(.popTop)
        }
        place(pc.failPop[0])
        pc.failPop = []
    }

    /// Moves TOS down to be the `count`-th value from the top (CPython's `pattern_helper_rotate`).
    mutating func rotate(_ count: Int) {
        var c = count
        while c > 1 {
            emit(.swap(Int32(c)))
            c -= 1
        }
    }

    /// Keeps TOS as the value of capture `name` (nil: discards it, for `_`).
    mutating func storeCapture(_ name: String?, _ pc: inout PatternContext) throws {
        guard let name else {
            emit(.popTop)
            return
        }
        // CPython reports these at the pattern compiled last (`c->u->u_loc`), not at the name.
        if name == "__debug__" { throw errorAtPosition("cannot assign to __debug__") }
        if pc.stores.contains(name) { throw errorAtPosition("multiple assignments to name '\(name)' in pattern") }
        rotate(pc.onTop + pc.stores.count + 1)
        pc.stores.append(name)
    }

    func errorAtPosition(_ message: String) -> SyntaxError {
        let p = position
        return error(message, at: SourceLocation(line: Int(p.line), col: Int(p.col), endLine: Int(p.endLine),
                                                 endCol: Int(p.endCol)))
    }

    // MARK: - Patterns

    mutating func compilePattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        position = Position(p.loc)
        switch p.kind {
        case .value(let e):
            try visit(e)
            position = Position(p.loc)
            emit(.compareOp(2))
            jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        case .singleton(let lit):
            loadConst(lit == .none ? Constant.none : .bool(lit == .bool(true)))
            emit(.isOp(0))
            jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        case .sequence(let ps):
            try compileSequencePattern(ps, at: p.loc, &pc)
        case .mapping(let keys, let ps, let rest):
            try compileMappingPattern(keys, ps, rest, at: p.loc, &pc)
        case .cls(let cls, let ps, let names, let kps):
            try compileClassPattern(cls, ps, names, kps, at: p.loc, &pc)
        case .star(let name):
            try storeCapture(name, &pc)
        case .as(let sub, let name):
            guard let sub else {
                if !pc.allowIrrefutable {
                    if let name { throw error("name capture '\(name)' makes remaining patterns unreachable", at: p.loc) }
                    throw error("wildcard makes remaining patterns unreachable", at: p.loc)
                }
                return try storeCapture(name, &pc)
            }
            pc.onTop += 1
            emit(.copy(1))
            try compilePattern(sub, &pc)
            pc.onTop -= 1
            try storeCapture(name, &pc)
        case .or(let alternatives):
            try compileOrPattern(alternatives, at: p.loc, &pc)
        }
    }

    /// A pattern nested in another: irrefutable ones are fine there.
    mutating func compileSubpattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        let allow = pc.allowIrrefutable
        pc.allowIrrefutable = true
        try compilePattern(p, &pc)
        pc.allowIrrefutable = allow
    }

    mutating func compileSequencePattern(_ ps: [Pattern], at loc: SourceLocation, _ pc: inout PatternContext) throws {
        var star = -1
        for (i, p) in ps.enumerated() {
            guard case .star = p.kind else { continue }
            if star >= 0 { throw error("multiple starred names in sequence pattern", at: loc) }
            star = i
        }
        let size = ps.count
        let onlyWildcards = ps.allSatisfy { isWildcard($0) || isStarWildcard($0) }
        let starWildcard = star >= 0 && isStarWildcard(ps[star])
        // The subject stays on top during the type and length checks.
        pc.onTop += 1
        emit(.matchSequence)
        jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        emit(.getLen)
        loadConst(.int(star < 0 ? size : size - 1))
        emit(.compareOp(star < 0 ? 2 : 5))
        jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        pc.onTop -= 1
        if onlyWildcards {
            emit(.popTop)
        } else if starWildcard {
            try compileSequenceSubscripts(ps, star: star, &pc)
        } else {
            if star < 0 {
                emit(.unpackSequence(Int32(size)))
            } else {
                let after = size - 1 - star
                guard star < 256, after < 1 << 23 else {
                    throw error("too many expressions in star-unpacking sequence pattern", at: loc)
                }
                emit(.unpackEx(Int32(star) | Int32(after) << 8))
            }
            pc.onTop += size
            for p in ps {
                pc.onTop -= 1
                try compileSubpattern(p, &pc)
            }
        }
    }

    /// `[a, *_, b]`: indexes the items it needs instead of unpacking the whole subject.
    mutating func compileSequenceSubscripts(_ ps: [Pattern], star: Int, _ pc: inout PatternContext) throws {
        pc.onTop += 1
        for (i, p) in ps.enumerated() where i != star && !isWildcard(p) {
            emit(.copy(1))
            if i < star {
                loadConst(.int(i))
            } else {
                // The subject may not support negative indexes.
                emit(.getLen)
                loadConst(.int(ps.count - i))
                emit(.binaryOp(Int32(BinaryOperator.sub.rawValue)))
            }
            emit(.binarySubscr)
            try compileSubpattern(p, &pc)
        }
        pc.onTop -= 1
        emit(.popTop)
    }

    mutating func compileMappingPattern(_ keys: [Expr], _ ps: [Pattern], _ rest: String?, at loc: SourceLocation,
                                        _ pc: inout PatternContext) throws {
        let size = keys.count
        pc.onTop += 1
        emit(.matchMapping)
        jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        if size == 0 && rest == nil {
            pc.onTop -= 1
            emit(.popTop)
            return
        }
        if size > 0 {
            emit(.getLen)
            loadConst(.int(size))
            emit(.compareOp(5))
            jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        }
        var seen: Set<String> = []
        for key in keys {
            if let c = constantValue(key) {
                if !seen.insert(mappingKeyIdentity(c)).inserted {
                    throw error("mapping pattern checks duplicate key (\(c.pythonRepr))", at: loc)
                }
            } else if case .attribute = key.kind {
            } else if case .binOp = key.kind {
                // A complex literal `1 + 2j`, which CPython folds to a constant.
            } else {
                throw error("mapping pattern keys may only match literals and attribute lookups", at: key.loc)
            }
            try visit(key)
        }
        position = Position(loc)
        emit(.buildTuple(Int32(size)))
        emit(.matchKeys)
        // The keys and the tuple of values are now above the subject.
        pc.onTop += 2
        emit(.copy(1))
        loadConst(.none)
        emit(.isOp(1))
        jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        emit(.unpackSequence(Int32(size)))
        pc.onTop += size - 1
        for p in ps {
            pc.onTop -= 1
            try compileSubpattern(p, &pc)
        }
        pc.onTop -= 2
        guard let rest else {
            emit(.popTop)
            emit(.popTop)
            return
        }
        // [subject, keys] → [rest]. (3.11 copies with BUILD_MAP, DICT_UPDATE and DELETE_SUBSCR;
        // one instruction, as in 3.10, also takes the mappings that are not dicts here.)
        emit(.copyDictWithoutKeys)
        emit(.swap(2))
        emit(.popTop)
        try storeCapture(rest, &pc)
    }

    /// Equal keys in the sense of a Python set (`1`, `1.0` and `True` are one key).
    func mappingKeyIdentity(_ c: Constant) -> String {
        switch c {
        case .bool(let b): return "n" + (b ? "1" : "0")
        case .int(let i): return "n" + String(i)
        case .float(let d) where d == d.rounded() && abs(d) < 1e18: return "n" + String(Int(d))
        default: return c.pythonRepr
        }
    }

    mutating func compileClassPattern(_ cls: Expr, _ ps: [Pattern], _ names: [String], _ kps: [Pattern],
                                      at loc: SourceLocation, _ pc: inout PatternContext) throws {
        for (i, name) in names.enumerated() {
            if name == "__debug__" { throw error("cannot assign to __debug__", at: kps[i].loc) }
            if names[..<i].contains(name) {
                throw error("attribute name repeated in class pattern: \(name)", at: kps[i].loc)
            }
        }
        try visit(cls)
        position = Position(loc)
        loadConst(.tuple(names.map { .str($0) }))
        emit(.matchClass(Int32(ps.count)))
        emit(.copy(1))
        loadConst(.none)
        emit(.isOp(1))
        // A tuple of the attributes (or None) is on top now.
        pc.onTop += 1
        jumpToFailPop(&pc) { .popJumpIfFalse($0) }
        let all = ps + kps
        emit(.unpackSequence(Int32(all.count)))
        pc.onTop += all.count - 1
        for p in all {
            pc.onTop -= 1
            if isWildcard(p) {
                emit(.popTop)
                continue
            }
            try compileSubpattern(p, &pc)
        }
    }

    mutating func compileOrPattern(_ alternatives: [Pattern], at loc: SourceLocation, _ pc: inout PatternContext) throws {
        let end = newLabel()
        let outer = pc
        // The names the first alternative binds, in its stack order: the others must bind the
        // same ones, and are reordered to this order.
        var control: [String]?
        for (i, alt) in alternatives.enumerated() {
            position = Position(alt.loc)
            pc.stores = []
            pc.allowIrrefutable = i == alternatives.count - 1 && outer.allowIrrefutable
            pc.failPop = []
            pc.onTop = 0
            emit(.copy(1))
            try compilePattern(alt, &pc)
            if let control {
                guard pc.stores.count == control.count, Set(pc.stores) == Set(control) else {
                    throw error("alternative patterns bind different names", at: alt.loc)
                }
                var current = pc.stores
                for want in control.indices {
                    guard let have = current.firstIndex(of: control[want]), have != want else { continue }
                    // Exchange the values at depths want+1 and have+1, through TOS.
                    if want == 0 {
                        emit(.swap(Int32(have + 1)))
                    } else {
                        emit(.swap(Int32(want + 1)))
                        emit(.swap(Int32(have + 1)))
                        emit(.swap(Int32(want + 1)))
                    }
                    current.swapAt(want, have)
                }
            } else {
                control = pc.stores
            }
            emit(.jumpForward(end))
            emitAndResetFailPop(&pc)
        }
        pc = outer
        // No alternative matched: drop the subject and fail.
        emit(.popTop)
        jumpToFailPop(&pc) { .jumpForward($0) }
        place(end)
        let names = control ?? []
        // Below the new captures: the subject, what enclosing patterns keep, earlier captures.
        let rotations = names.count + 1 + pc.onTop + pc.stores.count
        for name in names {
            rotate(rotations)
            if pc.stores.contains(name) { throw errorAtPosition("multiple assignments to name '\(name)' in pattern") }
            pc.stores.append(name)
        }
        emit(.popTop)
    }
}
