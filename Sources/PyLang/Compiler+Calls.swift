extension Compiler {
    // MARK: - Calls (3.11 compiler_call / compiler_call_helper)

    func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    mutating func compileCall(_ f: Expr, _ args: [Expr], _ keywords: [Keyword]) throws {
        if case .attribute(let obj, let attr) = f.kind, !isImportOriginated(obj),
           !args.contains(where: isStarred), !keywords.contains(where: { $0.name == nil }),
           args.count + keywords.count < 30 {
            try visit(obj)
            let saved = position
            position = Position(f.loc)
            emit(.loadMethod(nameIndex(attr)))
            position = saved
            for a in args { try visit(a) }
            try emitKeywordValues(keywords)
            emit(.call(Int32(args.count + keywords.count)))
            return
        }
        try pushNullAndLoad(f)
        try callHelper(pushed: 0, args: args, keywords: keywords)
    }

    /// Module-level imported names are not method-call optimised (3.11 `is_import_originated`).
    func isImportOriginated(_ e: Expr) -> Bool {
        guard case .name(let n) = e.kind else { return false }
        return top.flags[n]?.contains(.imported) ?? false
    }

    mutating func emitKeywordValues(_ keywords: [Keyword]) throws {
        guard !keywords.isEmpty else { return }
        for k in keywords { try visit(k.value) }
        emit(.kwNames(constIndex(.tuple(keywords.map { .str($0.name ?? "") }))))
    }

    /// Pushes arguments and emits `CALL` or `CALL_FUNCTION_EX`; `pushed` values are already
    /// on the stack as leading positional arguments.
    mutating func callHelper(pushed: Int, args: [Expr], keywords: [Keyword]) throws {
        let needsEx = args.contains(where: isStarred) || keywords.contains(where: { $0.name == nil })
            || args.count + keywords.count * 2 > 30
        if !needsEx {
            for a in args { try visit(a) }
            try emitKeywordValues(keywords)
            emit(.call(Int32(pushed + args.count + keywords.count)))
            return
        }
        if pushed == 0 && args.count == 1, case .starred(let inner) = args[0].kind {
            try visit(inner)
        } else {
            try starUnpack(args, pushed: pushed, build: .buildList, add: .listAppend, extend: .listExtend, tuple: true)
        }
        if !keywords.isEmpty {
            var haveDict = false
            var seen = 0
            for (k, kw) in keywords.enumerated() {
                if kw.name == nil {
                    if seen > 0 {
                        try subKeywords(Array(keywords[(k - seen)..<k]))
                        if haveDict { emit(.dictMerge(1)) }
                        haveDict = true
                        seen = 0
                    }
                    if !haveDict { emit(.buildMap(0)); haveDict = true }
                    try visit(kw.value)
                    emit(.dictMerge(1))
                } else {
                    seen += 1
                }
            }
            if seen > 0 {
                try subKeywords(Array(keywords[(keywords.count - seen)...]))
                if haveDict { emit(.dictMerge(1)) }
            }
        }
        emit(.callFunctionEx(keywords.isEmpty ? 0 : 1))
    }

    mutating func subKeywords(_ kws: [Keyword]) throws {
        if kws.count > 1 {
            for k in kws { try visit(k.value) }
            loadConst(.tuple(kws.map { .str($0.name ?? "") }))
            emit(.buildConstKeyMap(Int32(kws.count)))
        } else {
            for k in kws {
                loadConst(.str(k.name ?? ""))
                try visit(k.value)
            }
            emit(.buildMap(Int32(kws.count)))
        }
    }

    // MARK: - Displays

    enum BuildKind { case buildList, buildSet }
    enum AddKind { case listAppend, setAdd }
    enum ExtendKind { case listExtend, setUpdate }

    /// Builds a list/set/tuple from elements that may be starred (3.11 `starunpack_helper`).
    mutating func starUnpack(_ elts: [Expr], pushed: Int, build: BuildKind, add: AddKind,
                             extend: ExtendKind, tuple: Bool) throws {
        func buildOp(_ n: Int) -> Instruction { build == .buildList ? .buildList(Int32(n)) : .buildSet(Int32(n)) }
        let extendOp: Instruction = extend == .listExtend ? .listExtend(1) : .setUpdate(1)
        let addOp: Instruction = add == .listAppend ? .listAppend(1) : .setAdd(1)
        let consts = elts.map { constantValue($0) }
        if elts.count > 2 && consts.allSatisfy({ $0 != nil }) && build == .buildList {
            let folded = Constant.tuple(consts.compactMap { $0 })
            if tuple && pushed == 0 { loadConst(folded); return }
            emit(buildOp(pushed))
            loadConst(folded)
            emit(extendOp)
            if tuple { emit(.listToTuple) }
            return
        }
        let big = elts.count + pushed > 30
        if !elts.contains(where: isStarred) && !big {
            if tuple && pushed == 0 && consts.allSatisfy({ $0 != nil }) {
                loadConst(.tuple(consts.compactMap { $0 }))
                return
            }
            for e in elts { try visit(e) }
            emit(tuple ? .buildTuple(Int32(elts.count + pushed)) : buildOp(elts.count + pushed))
            return
        }
        var built = false
        if big { emit(buildOp(pushed)); built = true }
        for (k, e) in elts.enumerated() {
            if case .starred(let inner) = e.kind {
                if !built { emit(buildOp(k + pushed)); built = true }
                try visit(inner)
                emit(extendOp)
            } else {
                try visit(e)
                if built { emit(addOp) }
            }
        }
        if tuple { emit(.listToTuple) }
    }

    mutating func compileDict(_ keys: [Expr?], _ values: [Expr]) throws {
        var haveDict = false
        var pending = 0
        var start = 0
        func flush(_ c: inout Compiler, upTo end: Int) throws {
            guard pending > 0 else { return }
            let ks = keys[start..<end].compactMap { $0 }
            let constKeys = ks.map { c.constantValue($0) }
            if pending > 1 && constKeys.allSatisfy({ $0 != nil }) {
                for v in values[start..<end] { try c.visit(v) }
                c.loadConst(.tuple(constKeys.compactMap { $0 }))
                c.emit(.buildConstKeyMap(Int32(pending)))
            } else {
                for k in start..<end {
                    if let key = keys[k] { try c.visit(key) }
                    try c.visit(values[k])
                }
                c.emit(.buildMap(Int32(pending)))
            }
            if haveDict { c.emit(.dictUpdate(1)) }
            haveDict = true
            pending = 0
        }
        for k in keys.indices {
            if keys[k] == nil {
                try flush(&self, upTo: k)
                if !haveDict { emit(.buildMap(0)); haveDict = true }
                try visit(values[k])
                emit(.dictUpdate(1))
                start = k + 1
            } else {
                if pending == 0 { start = k }
                pending += 1
            }
        }
        try flush(&self, upTo: keys.count)
        if !haveDict { emit(.buildMap(0)) }
    }

    // MARK: - Lambda and comprehensions

    mutating func compileLambda(_ args: Arguments, _ body: Expr, at loc: SourceLocation) throws {
        let flags = try compileDefaults(args)
        guard let scope = unit.scope.child(for: loc) else { throw error("internal error: no scope for lambda", at: loc) }
        enterScope(scope, name: "<lambda>", firstLine: loc.line)
        _ = unit.constIndexFor(.none)
        setArgumentCounts(args)
        position = Position(loc)
        prologue(line: line)
        try visit(body)
        if scope.isGenerator {
            emit(.popTop)
            loadConst(.none)
        }
        emit(.returnValue)
        let code = try exitScope()
        position = Position(loc)
        makeClosure(code, flags: flags)
    }

    enum ComprehensionKind { case list, set, dict, generator }

    mutating func compileComprehension(_ name: String, _ kind: ComprehensionKind, _ elts: [Expr],
                                       _ gens: [Comprehension], at loc: SourceLocation) throws {
        guard let scope = unit.scope.child(for: loc) else { throw error("internal error: no scope for comprehension", at: loc) }
        // 3.11 compiler_comprehension: an `async for` or an `await` makes it asynchronous;
        // only a generator expression may be that outside an async function.
        let isAsync = scope.isCoroutine
        if isAsync && kind != .generator,
           let outer = units.last(where: { !$0.scope.isComprehension }), !outer.scope.isCoroutine {
            throw error("asynchronous comprehension outside of an asynchronous function", at: loc)
        }
        enterScope(scope, name: name, firstLine: loc.line)
        unit.argCount = 1
        position = Position(loc)
        prologue(line: line)
        switch kind {
        case .list: emit(.buildList(0))
        case .set: emit(.buildSet(0))
        case .dict: emit(.buildMap(0))
        case .generator: break
        }
        try comprehensionLoop(gens, index: 0, depth: 0, kind: kind, elts: elts)
        if kind == .generator { loadConst(.none) }
        emit(.returnValue)
        let code = try exitScope()
        position = Position(loc)
        makeClosure(code, flags: 0)
        try visit(gens[0].iter)
        position = Position(loc)
        emit(gens[0].isAsync ? .getAIter : .getIter)
        emit(.call(0))
        if isAsync && kind != .generator {
            emit(.getAwaitable(0))
            loadConst(.none)
            yieldFrom(isAwait: true)
        }
    }

    mutating func comprehensionLoop(_ gens: [Comprehension], index: Int, depth: Int,
                                    kind: ComprehensionKind, elts: [Expr]) throws {
        let gen = gens[index]
        let start = newLabel(), anchor = newLabel()
        if index == 0 {
            emit(.loadFast(unit.varIndexFor(".0")))
        } else {
            try visit(gen.iter)
            emit(gen.isAsync ? .getAIter : .getIter)
        }
        place(start)
        if gen.isAsync {
            // 3.11 compiler_async_comprehension_generator: the loop ends at StopAsyncIteration.
            setup(anchor, lasti: false)
            emit(.getANext)
            loadConst(.none)
            yieldFrom(isAwait: true)
            popBlock()
        } else {
            emit(.forIter(anchor))
        }
        try visitTarget(gen.target, .store)
        for cond in gen.ifs {
            let saved = position
            position = Position(cond.loc)
            try jumpIf(cond, to: start, when: false)
            position = saved
        }
        if index + 1 < gens.count {
            try comprehensionLoop(gens, index: index + 1, depth: depth + 1, kind: kind, elts: elts)
        } else {
            let slot = Int32(depth + 2)
            switch kind {
            case .generator:
                try visit(elts[0])
                if unit.scope.isCoroutine { emit(.asyncGenWrap) }
                emit(.yieldValue)
                emit(.resume(1))
                emit(.popTop)
            case .list:
                try visit(elts[0])
                emit(.listAppend(slot))
            case .set:
                try visit(elts[0])
                emit(.setAdd(slot))
            case .dict:
                try visit(elts[0])
                try visit(elts[1])
                emit(.mapAdd(slot))
            }
        }
        emit(.jumpForward(start))
        place(anchor)
        if gen.isAsync { emit(.endAsyncFor) }
    }
}
