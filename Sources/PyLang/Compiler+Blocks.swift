extension Compiler {
    // MARK: - try / except / finally (3.11 compiler_try_except / compiler_try_finally)

    mutating func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                                   at loc: SourceLocation, insideFinally: Bool = false) throws {
        let except = newLabel(), end = newLabel(), cleanup = newLabel()
        if !insideFinally { emit(.nop) }
        setup(except, lasti: false)
        try pushBlock(FrameBlock(kind: .tryExcept, start: except, exit: end), at: loc)
        try visit(body)
        popBlockInfo()
        popBlock()
        try visit(orelse)
        emit(.jumpForward(end))
        place(except)
        setup(cleanup, lasti: true)
        emit(.pushExcInfo, line: -1)
        try pushBlock(FrameBlock(kind: .exceptionHandler, start: -1, exit: -1), at: loc)
        for (k, h) in handlers.enumerated() {
            position = Position(h.loc)
            let next = newLabel()
            if h.type == nil && k < handlers.count - 1 {
                throw error("default 'except:' must be last", at: h.loc)
            }
            if let type = h.type {
                try visit(type)
                emit(.checkExcMatch)
                emit(.popJumpIfFalse(next))
            }
            if let name = h.name {
                let cleanupEnd = newLabel()
                nameOp(name, .store)
                setup(cleanupEnd, lasti: true)
                try pushBlock(FrameBlock(kind: .handlerCleanup, start: -1, exit: -1, handlerName: name), at: h.loc)
                try visit(h.body)
                popBlockInfo()
                popBlock()
                popBlock()
                emit(.popExcept)
                loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .delete)
                emit(.jumpForward(end))
                place(cleanupEnd)
                line = -1
                loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .delete)
                emit(.reraise(1))
            } else {
                emit(.popTop)
                try pushBlock(FrameBlock(kind: .handlerCleanup, start: -1, exit: -1), at: h.loc)
                try visit(h.body)
                popBlockInfo()
                popBlock()
                emit(.popExcept)
                emit(.jumpForward(end))
            }
            place(next)
        }
        popBlockInfo()
        line = Int32(handlers.first?.loc.line ?? loc.line)
        emit(.reraise(0))
        place(cleanup)
        popExceptAndReraise()
        place(end)
    }

    /// `try ... except* T as e: ...` (3.11 compiler_try_star_except): each handler takes the
    /// part of the exception group its types match (`CHECK_EG_MATCH`), exceptions raised in
    /// the handlers are collected in a list, and `PREP_RERAISE_STAR` makes what is raised at
    /// the end (the unmatched rest and the new ones) or None.
    mutating func compileTryStarExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                                       at loc: SourceLocation, insideFinally: Bool = false) throws {
        let except = newLabel(), orelseLabel = newLabel(), end = newLabel(), cleanup = newLabel(), reraiseStar = newLabel()
        if !insideFinally { emit(.nop) }
        setup(except, lasti: false)
        try pushBlock(FrameBlock(kind: .tryExcept, start: except, exit: end), at: loc)
        try visit(body)
        popBlockInfo()
        popBlock()
        emit(.jumpForward(orelseLabel), line: -1)
        place(except)
        setup(cleanup, lasti: true)
        emit(.pushExcInfo, line: -1)
        try pushBlock(FrameBlock(kind: .exceptionGroupHandler, start: -1, exit: -1), at: loc)
        for (i, h) in handlers.enumerated() {
            position = Position(h.loc)
            let next = newLabel(), matched = newLabel(), cleanupEnd = newLabel()
            if i == 0 {
                // [orig, [], exc]: the original group and the list of what the handlers raise.
                emit(.copy(1))
                emit(.buildList(0))
                emit(.swap(2))
            }
            if let type = h.type {
                try visit(type)
                emit(.checkEgMatch)
                emit(.copy(1))
                emit(.popJumpIfNotNone(matched))
                emit(.popTop)
                emit(.jumpForward(next))
            }
            place(matched)
            if let name = h.name { nameOp(name, .store) } else { emit(.popTop) }
            setup(cleanupEnd, lasti: true)
            try pushBlock(FrameBlock(kind: .handlerCleanup, start: -1, exit: -1, handlerName: h.name), at: h.loc)
            try visit(h.body)
            popBlockInfo()
            popBlock()
            if let name = h.name {
                loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .delete)
            }
            emit(.jumpForward(next))
            place(cleanupEnd)
            line = -1
            if let name = h.name {
                loadConst(.none)
                nameOp(name, .store)
                nameOp(name, .delete)
            }
            emit(.listAppend(3))
            emit(.popTop)
            emit(.jumpForward(next))
            place(next)
            if i == handlers.count - 1 {
                emit(.listAppend(1), line: -1)
                emit(.jumpForward(reraiseStar), line: -1)
            }
        }
        popBlockInfo()
        let reraise = newLabel()
        place(reraiseStar)
        line = -1
        emit(.prepReraiseStar)
        emit(.copy(1))
        emit(.popJumpIfNotNone(reraise))
        emit(.popTop)
        popBlock()
        emit(.popExcept)
        emit(.jumpForward(end))
        place(reraise)
        popBlock()
        emit(.swap(2))
        emit(.popExcept)
        emit(.reraise(0))
        place(cleanup)
        popExceptAndReraise()
        place(orelseLabel)
        try visit(orelse)
        place(end)
    }

    /// The cleanup handler shared by except/finally/with blocks: `COPY 3; POP_EXCEPT; RERAISE 1`.
    mutating func popExceptAndReraise() {
        emit(.copy(3), line: -1)
        emit(.popExcept, line: -1)
        emit(.reraise(1), line: -1)
    }

    mutating func compileTryFinally(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                                    _ finalbody: [Stmt], at loc: SourceLocation) throws {
        let end = newLabel(), exit = newLabel(), cleanup = newLabel()
        emit(.nop)
        setup(end, lasti: false)
        try pushBlock(FrameBlock(kind: .finallyTry, start: end, exit: exit, finalBody: finalbody), at: loc)
        if handlers.isEmpty {
            try visit(body)
        } else if handlers[0].isStar {
            try compileTryStarExcept(body, handlers, orelse, at: loc, insideFinally: true)
        } else {
            try compileTryExcept(body, handlers, orelse, at: loc, insideFinally: true)
        }
        popBlock()
        popBlockInfo()
        try visit(finalbody)
        emit(.jumpForward(exit))
        place(end)
        setup(cleanup, lasti: true)
        emit(.pushExcInfo, line: -1)
        try pushBlock(FrameBlock(kind: .finallyEnd, start: end, exit: -1), at: loc)
        try visit(finalbody)
        popBlockInfo()
        emit(.reraise(0))
        place(cleanup)
        popExceptAndReraise()
        place(exit)
    }

    // MARK: - with (3.11 compiler_with / compiler_async_with)

    mutating func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool,
                              at loc: SourceLocation) throws {
        if isAsync { try checkAwaitAllowed(at: loc, what: "async with") }
        guard let item = items.first else { return }
        let final = newLabel(), exit = newLabel(), cleanup = newLabel()
        try visit(item.context)
        position = Position(loc)
        if isAsync {
            emit(.beforeAsyncWith)
            emit(.getAwaitable(1))
            loadConst(.none)
            yieldFrom(isAwait: true)
        } else {
            emit(.beforeWith)
        }
        setup(final, depthAdjust: -1, lasti: true)
        try pushBlock(FrameBlock(kind: isAsync ? .asyncWith : .with, start: final, exit: exit, line: Int32(loc.line)), at: loc)
        if let target = item.target { try visitTarget(target, .store) } else { emit(.popTop) }
        if items.count > 1 {
            try compileWith(items.dropFirst(), body, isAsync: isAsync, at: loc)
        } else {
            try visit(body)
        }
        popBlockInfo()
        popBlock()
        position = Position(loc)
        callExitWithNones()
        if isAsync {
            emit(.getAwaitable(2))
            loadConst(.none)
            yieldFrom(isAwait: true)
        }
        emit(.popTop)
        emit(.jumpForward(exit))
        place(final)
        setup(cleanup, lasti: true)
        emit(.pushExcInfo)
        emit(.withExceptStart)
        if isAsync {
            emit(.getAwaitable(2))
            loadConst(.none)
            yieldFrom(isAwait: true)
        }
        let suppress = newLabel()
        emit(.popJumpIfTrue(suppress))
        emit(.reraise(2))
        place(cleanup)
        popExceptAndReraise()
        position = Position(loc)
        place(suppress)
        emit(.popTop)
        popBlock()
        emit(.popExcept)
        emit(.popTop)
        emit(.popTop)
        place(exit)
    }

    // MARK: - Functions and classes

    /// Pushes default-argument containers; returns MAKE_FUNCTION flag bits.
    mutating func compileDefaults(_ args: Arguments) throws -> Int32 {
        var flags: Int32 = 0
        if !args.defaults.isEmpty {
            let values = args.defaults.map { constantValue($0) }
            if values.allSatisfy({ $0 != nil }) {
                loadConst(.tuple(values.compactMap { $0 }))
            } else {
                for d in args.defaults { try visit(d) }
                emit(.buildTuple(Int32(args.defaults.count)))
            }
            flags |= 1
        }
        var keys: [Constant] = []
        for (arg, def) in zip(args.kwOnly, args.kwDefaults) {
            if let def {
                try visit(def)
                keys.append(.str(mangle(arg.name)))
            }
        }
        if !keys.isEmpty {
            loadConst(.tuple(keys))
            emit(.buildConstKeyMap(Int32(keys.count)))
            flags |= 2
        }
        return flags
    }

    /// Pushes the `(name, annotation, ...)` tuple if any parameter or the return is annotated
    /// (3.11 `compiler_visit_annotations`: positional, positional-only, *args, keyword-only,
    /// **kwargs, return).
    mutating func compileAnnotations(_ args: Arguments, returns: Expr?) throws -> Bool {
        var count = 0
        var annotated = args.args + args.posOnly
        if let v = args.vararg { annotated.append(v) }
        annotated += args.kwOnly
        if let k = args.kwarg { annotated.append(k) }
        for a in annotated {
            if let ann = a.annotation {
                loadConst(.str(mangle(a.name)))
                try visitAnnotation(ann)
                count += 2
            }
        }
        if let returns {
            loadConst(.str("return"))
            try visitAnnotation(returns)
            count += 2
        }
        if count > 0 { emit(.buildTuple(Int32(count))) }
        return count > 0
    }

    mutating func setArgumentCounts(_ args: Arguments) {
        unit.argCount = args.posOnly.count + args.args.count
        unit.posOnlyCount = args.posOnly.count
        unit.kwOnlyCount = args.kwOnly.count
        if args.vararg != nil { unit.flags.insert(.varargs) }
        if args.kwarg != nil { unit.flags.insert(.varkeywords) }
    }

    mutating func compileFunction(_ fn: FunctionDef, at loc: SourceLocation) throws {
        for d in fn.decorators { try visit(d) }
        position = Position(loc)
        var flags = try compileDefaults(fn.args)
        if try compileAnnotations(fn.args, returns: fn.returns) { flags |= 4 }
        guard let scope = unit.scope.child(for: loc) else { throw error("internal error: no scope for function", at: loc) }
        let firstLine = fn.decorators.first?.loc.line ?? loc.line
        enterScope(scope, name: fn.name, firstLine: firstLine)
        let doc = docstring(fn.body)
        _ = unit.constIndexFor(doc.map { .str($0) } ?? .none)
        setArgumentCounts(fn.args)
        line = Int32(firstLine)
        prologue(line: line)
        let body = doc == nil ? fn.body[...] : fn.body.dropFirst()
        for s in body { try visit(s) }
        if !endsWithReturn(Array(body)) { emitImplicitReturn() }
        let code = try exitScope()
        position = Position(loc)
        makeClosure(code, flags: flags)
        applyDecorators(fn.decorators)
        position = Position(loc)
        nameOp(fn.name, .store)
    }

    /// Calls each decorator (innermost first) on its own line, as 3.11 does.
    mutating func applyDecorators(_ decorators: [Expr]) {
        for d in decorators.reversed() {
            line = Int32(d.loc.line)
            emit(.call(0))
        }
    }

    func endsWithReturn(_ body: [Stmt]) -> Bool {
        if let last = body.last, case .return = last.kind { return true }
        return false
    }

    mutating func compileClass(_ cls: ClassDef, at loc: SourceLocation) throws {
        for d in cls.decorators { try visit(d) }
        position = Position(loc)
        guard let scope = unit.scope.child(for: loc) else { throw error("internal error: no scope for class", at: loc) }
        let firstLine = cls.decorators.first?.loc.line ?? loc.line
        enterScope(scope, name: cls.name, firstLine: firstLine, isClass: true)
        prologue(line: Int32(firstLine))
        position = Position(line: Int32(firstLine), col: 0)
        nameOp("__name__", .load)
        nameOp("__module__", .store)
        loadConst(.str(unit.qualname))
        nameOp("__qualname__", .store)
        if containsAnnotations(cls.body) { emit(.setupAnnotations) }
        var body = cls.body[...]
        if let doc = docstring(cls.body) {
            line = Int32(cls.body[0].loc.line)
            loadConst(.str(doc))
            nameOp("__doc__", .store)
            body = body.dropFirst()
        }
        for s in body { try visit(s) }
        if scope.needsClassClosure {
            emit(.loadClosure(unit.derefIndex("__class__")))
            emit(.copy(1))
            nameOp("__classcell__", .store)
        } else {
            loadConst(.none)
        }
        emit(.returnValue)
        let code = try exitScope()
        position = Position(loc)
        emit(.pushNull)
        emit(.loadBuildClass)
        makeClosure(code, flags: 0)
        loadConst(.str(cls.name))
        try callHelper(pushed: 2, args: cls.bases, keywords: cls.keywords)
        applyDecorators(cls.decorators)
        position = Position(loc)
        nameOp(cls.name, .store)
    }
}
