extension Compiler {
    // MARK: - Statements

    mutating func visit(_ body: [Stmt]) throws { for s in body { try visit(s) } }

    mutating func visit(_ s: Stmt) throws {
        position = Position(s.loc)
        switch s.kind {
        case .functionDef(let fn): try compileFunction(fn, at: s.loc)
        case .classDef(let cls): try compileClass(cls, at: s.loc)
        case .return(let value): try compileReturn(value, at: s.loc)
        case .delete(let targets):
            for t in targets { try visitTarget(t, .delete) }
        case .assign(let targets, let value):
            if targets.count == 1, try compileSwapAssign(targets[0], value) { return }
            try visit(value)
            for (k, t) in targets.enumerated() {
                if k < targets.count - 1 { emit(.copy(1)) }
                try visitTarget(t, .store)
            }
        case .augAssign(let target, let op, let value): try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            if let value {
                try visit(value)
                try visitTarget(target, .store)
            }
            // 3.11 compiler_annassign: module and class bodies record simple names' annotations.
            if simple, case .name(let n) = target.kind, unit.scope.kind != .function {
                try visitAnnotation(annotation)
                nameOp("__annotations__", .load)
                loadConst(.str(mangle(n)))
                emit(.storeSubscr)
            } else if value == nil {
                switch target.kind {
                case .attribute(let obj, _):
                    try visit(obj)
                    emit(.popTop)
                case .subscript(let obj, let index):
                    try visit(obj)
                    emit(.popTop)
                    try visit(index)
                    emit(.popTop)
                default: break
                }
            }
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync { try compileAsyncFor(target, iter, body, orelse, at: s.loc) }
            else { try compileFor(target, iter, body, orelse, at: s.loc) }
        case .while(let test, let body, let orelse): try compileWhile(test, body, orelse, at: s.loc)
        case .if(let test, let body, let orelse):
            let end = newLabel()
            let next = orelse.isEmpty ? end : newLabel()
            try jumpIf(test, to: next, when: false)
            try visit(body)
            if !orelse.isEmpty {
                emit(.jumpForward(end))
                place(next)
                try visit(orelse)
            }
            place(end)
        case .with(let items, let body, let isAsync): try compileWith(items[...], body, isAsync: isAsync, at: s.loc)
        case .raise(let exc, let cause):
            var n: Int32 = 0
            if let exc { try visit(exc); n = 1 }
            if let cause { try visit(cause); n = 2 }
            position = Position(s.loc)
            emit(.raiseVarargs(n))
        case .try(let body, let handlers, let orelse, let finalbody):
            if handlers.first?.isStar == true && finalbody.isEmpty { try compileTryStarExcept(body, handlers, orelse, at: s.loc) }
            else if finalbody.isEmpty { try compileTryExcept(body, handlers, orelse, at: s.loc) }
            else { try compileTryFinally(body, handlers, orelse, finalbody, at: s.loc) }
        case .assert(let test, let msg):
            checkAssertTest(test, at: s.loc)
            let end = newLabel()
            try jumpIf(test, to: end, when: true)
            // 3.11's `compiler_jump_if` leaves a comparison's location set, so a failing
            // `assert a <= b` is reported at the comparison (a caret line under it).
            if case .compare = test.kind { position = Position(test.loc) }
            emit(.loadAssertionError)
            if let msg {
                try visit(msg)
                emit(.call(0))
            }
            emit(.raiseVarargs(1))
            place(end)
        case .import(let names): compileImport(names)
        case .importFrom(let module, let names, let level): compileImportFrom(module, names, level)
        case .global, .nonlocal: break
        case .expr(let e):
            if case .literal = e.kind { emit(.nop); return }
            try visit(e)
            emit(.popTop)
        case .pass: emit(.nop)
        case .break: try compileBreak(at: s.loc, isContinue: false)
        case .continue: try compileBreak(at: s.loc, isContinue: true)
        case .match(let subject, let cases): try compileMatch(subject, cases)
        }
    }

    /// Whether a body has annotated assignments needing `SETUP_ANNOTATIONS` (3.11 `find_ann`).
    func containsAnnotations(_ body: [Stmt]) -> Bool {
        body.contains { s in
            switch s.kind {
            case .annAssign: return true
            case .for(_, _, let b, let o, _), .while(_, let b, let o), .if(_, let b, let o):
                return containsAnnotations(b) || containsAnnotations(o)
            case .with(_, let b, _): return containsAnnotations(b)
            case .match(_, let cases): return cases.contains { containsAnnotations($0.body) }
            case .try(let b, let hs, let o, let f):
                return containsAnnotations(b) || hs.contains { containsAnnotations($0.body) }
                    || containsAnnotations(o) || containsAnnotations(f)
            default: return false
            }
        }
    }

    /// `a, b = b, a` style: evaluate right-hand items and SWAP instead of building a tuple.
    mutating func compileSwapAssign(_ target: Expr, _ value: Expr) throws -> Bool {
        guard case .tuple(let targets) = target.kind, case .tuple(let values) = value.kind,
              targets.count == values.count, targets.count == 2 || targets.count == 3,
              !targets.contains(where: { if case .starred = $0.kind { return true }; return false }),
              !values.contains(where: { if case .starred = $0.kind { return true }; return false }),
              constantValue(value) == nil else { return false }
        for v in values { try visit(v) }
        emit(.swap(Int32(values.count)))
        for t in targets { try visitTarget(t, .store) }
        return true
    }

    mutating func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws {
        let opArg = Int32(op.rawValue + 13)
        switch target.kind {
        case .name(let n):
            nameOp(n, .load)
            try visit(value)
            emit(.binaryOp(opArg))
            nameOp(n, .store)
        case .attribute(let obj, let attr):
            try visit(obj)
            emit(.copy(1))
            emit(.loadAttr(nameIndex(attr)))
            try visit(value)
            emit(.binaryOp(opArg))
            emit(.swap(2))
            emit(.storeAttr(nameIndex(attr)))
        case .subscript(let obj, let index):
            try visit(obj)
            try visit(index)
            emit(.copy(2))
            emit(.copy(2))
            emit(.binarySubscr)
            try visit(value)
            emit(.binaryOp(opArg))
            emit(.swap(3))
            emit(.swap(2))
            emit(.storeSubscr)
        default:
            throw error("'\(Parser.exprName(target))' is an illegal expression for augmented assignment", at: target.loc)
        }
    }

    /// Stores TOS into (or deletes) a target expression.
    mutating func visitTarget(_ t: Expr, _ ctx: NameContext) throws {
        let saved = position
        position = Position(t.loc)
        defer { position = saved }
        switch t.kind {
        case .name(let n): nameOp(n, ctx)
        case .attribute(let obj, let attr):
            try visit(obj)
            emit(ctx == .delete ? .deleteAttr(nameIndex(attr)) : .storeAttr(nameIndex(attr)))
        case .subscript(let obj, let index):
            try visit(obj)
            try visit(index)
            emit(ctx == .delete ? .deleteSubscr : .storeSubscr)
        case .tuple(let elts), .list(let elts):
            if ctx == .delete {
                for e in elts { try visitTarget(e, .delete) }
                return
            }
            if let star = elts.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                let after = elts.count - star - 1
                emit(.unpackEx(Int32(star | (after << 8))))
            } else {
                emit(.unpackSequence(Int32(elts.count)))
            }
            for e in elts { try visitTarget(e, .store) }
        case .starred(let inner): try visitTarget(inner, ctx)
        default:
            throw error("cannot assign to \(Parser.exprName(t))", at: t.loc)
        }
    }

    // MARK: - Loops

    mutating func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt],
                             at loc: SourceLocation) throws {
        let start = newLabel(), cleanup = newLabel(), end = newLabel()
        try visit(iter)
        emit(.getIter)
        place(start)
        emit(.forIter(cleanup))
        try pushBlock(FrameBlock(kind: .forLoop, start: start, exit: end), at: loc)
        try visitTarget(target, .store)
        try visit(body)
        emit(.jumpForward(start))
        popBlockInfo()
        place(cleanup)
        try visit(orelse)
        place(end)
    }

    mutating func compileAsyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt],
                                  at loc: SourceLocation) throws {
        try checkAwaitAllowed(at: loc, what: "async for")
        let start = newLabel(), except = newLabel(), end = newLabel()
        try visit(iter)
        emit(.getAIter)
        place(start)
        try pushBlock(FrameBlock(kind: .forLoop, start: start, exit: end), at: loc)
        setup(except, lasti: false)
        emit(.getANext)
        loadConst(.none)
        yieldFrom(isAwait: true)
        popBlock()
        try visitTarget(target, .store)
        try visit(body)
        emit(.jumpForward(start))
        popBlockInfo()
        place(except)
        position = Position(iter.loc)
        emit(.endAsyncFor)
        try visit(orelse)
        place(end)
    }

    mutating func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt], at loc: SourceLocation) throws {
        let loop = newLabel(), bodyLabel = newLabel(), anchor = newLabel(), end = newLabel()
        place(loop)
        try pushBlock(FrameBlock(kind: .whileLoop, start: loop, exit: end), at: loc)
        try jumpIf(test, to: anchor, when: false)
        place(bodyLabel)
        try visit(body)
        line = Int32(loc.line)
        try jumpIf(test, to: bodyLabel, when: true)
        popBlockInfo()
        place(anchor)
        try visit(orelse)
        place(end)
    }

    /// `break`/`continue`: unwind frame blocks up to the innermost loop, then jump.
    mutating func compileBreak(at loc: SourceLocation, isContinue: Bool) throws {
        emit(.nop)
        let blocks = unit.fblocks
        guard let loopIndex = blocks.lastIndex(where: { $0.kind == .whileLoop || $0.kind == .forLoop }) else {
            throw error(isContinue ? "'continue' not properly in loop" : "'break' outside loop", at: loc)
        }
        try checkNotInExceptStar(blocks[(loopIndex + 1)...], at: loc)
        for b in blocks[(loopIndex + 1)...].reversed() { try unwind(b, preserveTop: false) }
        let loop = blocks[loopIndex]
        if isContinue {
            emit(.jumpForward(loop.start))
        } else {
            try unwind(loop, preserveTop: false)
            emit(.jumpForward(loop.exit))
        }
    }

    // MARK: - Return and unwinding

    mutating func compileReturn(_ value: Expr?, at loc: SourceLocation) throws {
        let scope = unit.scope
        if scope.kind != .function || scope.isComprehension {
            throw error("'return' outside function", at: loc)
        }
        if value != nil && scope.isCoroutine && scope.isGenerator {
            throw error("'return' with value in async generator", at: loc)
        }
        let constant = value.flatMap { constantValue($0) }
        let preserve = value != nil && constant == nil
        if preserve, let value { try visit(value) }
        if !preserve, let value { emit(.nop, line: Int32(value.loc.line)) }
        position = Position(loc)
        try checkNotInExceptStar(unit.fblocks[...], at: loc)
        for b in unit.fblocks.reversed() { try unwind(b, preserveTop: preserve) }
        if !unit.fblocks.contains(where: { [.with, .asyncWith, .finallyTry].contains($0.kind) }) {
            position = Position(loc)
        }
        if value == nil { loadConst(.none) } else if let constant { loadConst(constant) }
        emit(.returnValue)
    }

    /// Nothing may jump out of an `except*` handler (3.11 compiler_unwind_fblock_stack).
    func checkNotInExceptStar(_ blocks: ArraySlice<FrameBlock>, at loc: SourceLocation) throws {
        if blocks.contains(where: { $0.kind == .exceptionGroupHandler }) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", at: loc)
        }
    }

    /// Emits the exit code of one frame block (CPython's `compiler_unwind_fblock`).
    mutating func unwind(_ b: FrameBlock, preserveTop: Bool) throws {
        switch b.kind {
        case .whileLoop, .exceptionHandler:
            break
        case .exceptionGroupHandler:
            break   // refused before unwinding (`checkNotInExceptStar`)
        case .forLoop:
            if preserveTop { emit(.swap(2)) }
            emit(.popTop)
        case .tryExcept:
            popBlock()
        case .finallyTry:
            popBlock()
            // The finally body runs with the frame block stack below this one.
            let saved = unit.fblocks
            if let idx = saved.lastIndex(where: { $0.kind == .finallyTry && $0.start == b.start }) {
                unit.fblocks = Array(saved[..<idx])
            }
            if preserveTop { try pushBlock(FrameBlock(kind: .popValue, start: -1, exit: -1), at: .zero) }
            try visit(b.finalBody)
            unit.fblocks = saved
        case .finallyEnd:
            if preserveTop { emit(.swap(2)) }
            emit(.popTop)
            if preserveTop { emit(.swap(2)) }
            popBlock()
            emit(.popExcept)
        case .with, .asyncWith:
            line = b.line
            popBlock()
            if preserveTop { emit(.swap(2)) }
            callExitWithNones()
            if b.kind == .asyncWith {
                emit(.getAwaitable(2))
                loadConst(.none)
                yieldFrom(isAwait: true)
            }
            emit(.popTop)
        case .handlerCleanup:
            if b.handlerName != nil { popBlock() }
            if preserveTop { emit(.swap(2)) }
            popBlock()
            emit(.popExcept)
            if let name = b.handlerName {
                loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .delete)
            }
        case .popValue:
            if preserveTop { emit(.swap(2)) }
            emit(.popTop)
        }
    }

    mutating func callExitWithNones() {
        loadConst(.none)
        loadConst(.none)
        loadConst(.none)
        emit(.call(2))
    }

    // MARK: - Imports

    mutating func compileImport(_ names: [Alias]) {
        for a in names {
            loadConst(.int(0))
            loadConst(.none)
            emit(.importName(nameIndex(a.name)))
            if let asName = a.asName {
                let parts = a.name.split(separator: ".").map(String.init)
                if parts.count > 1 {
                    for (k, part) in parts.dropFirst().enumerated() {
                        emit(.importFrom(nameIndex(part)))
                        if k < parts.count - 2 {
                            emit(.swap(2))
                            emit(.popTop)
                        }
                    }
                    nameOp(asName, .store)
                    emit(.popTop)
                } else {
                    nameOp(asName, .store)
                }
            } else {
                nameOp(String(a.name.split(separator: ".")[0]), .store)
            }
        }
    }

    mutating func compileImportFrom(_ module: String?, _ names: [Alias], _ level: Int) {
        loadConst(.int(level))
        loadConst(.tuple(names.map { .str($0.name) }))
        emit(.importName(nameIndex(module ?? "")))
        if names.first?.name == "*" {
            emit(.importStar)
            return
        }
        for a in names {
            emit(.importFrom(nameIndex(a.name)))
            nameOp(a.asName ?? a.name, .store)
        }
        emit(.popTop)
    }
}
