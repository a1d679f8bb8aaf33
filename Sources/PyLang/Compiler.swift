/// Code generation: AST → `CodeObject`s, following CPython 3.11's `Python/compile.c` shapes.
///
/// Checked against `python3 -m dis` (3.11.7) on the golden programs and on 86 stdlib modules
/// (threading, queue, asyncio, concurrent.futures, multiprocessing, ...): same instruction
/// sequences, names, varnames, cell/free variables, flags and stack sizes, except:
/// - no `PRECALL`, `CACHE`, `EXTENDED_ARG` (so offsets and relative jump args differ);
/// - the optimiser's `'%s' % (a, b)` → f-string rewrite and unused-constant removal are not
///   done (same results, different listing);
/// - a few jump-threading / NOP-for-line-number choices differ (line table only).
/// Switch points (RESUME, JUMP_BACKWARD, CALL) are where 3.11 puts them.

/// Compiles Python source to the module's code object (the one-stop entry point).
///
/// - Throws: `SyntaxError` from any stage.
public func compile(source: String, filename: String = "<string>") throws -> CodeObject {
    try LargeStack.run {
        let module = try parseOnThisThread(source: source, filename: filename)
        return try compileOnThisThread(module)
    }
}

/// Compiles a parsed module.
public func compile(_ module: ParsedModule) throws -> CodeObject {
    try LargeStack.run { try compileOnThisThread(module) }
}

/// `compile(_:)` on the calling thread (which must have `LargeStack`'s room).
func compileOnThisThread(_ module: ParsedModule) throws -> CodeObject {
    let errors = ErrorFactory(source: module.source, filename: module.filename)
    let top = try SymbolTableBuilder.build(module.body, errors: errors)
    var compiler = Compiler(errors: errors, filename: module.filename, top: top)
    return try compiler.compileModule(module.body)
}

/// An item of the code stream before assembly: instructions whose jump arguments are label ids,
/// label positions, and exception-handler push/pop markers (CPython's `SETUP_*`/`POP_BLOCK`).
enum Pseudo {
    case instr(Instruction, Position)
    case label(Int32)
    /// Later instructions are covered by `handler` until the matching `popBlock`. The table
    /// depth is the stack depth here plus `depthAdjust`.
    case setup(handler: Int32, depthAdjust: Int32, lasti: Bool)
    case popBlock
}

/// A compile-time instruction position (CPython 3.11's `co_positions`): lines 1-based,
/// columns 0-based UTF-8... here Unicode-scalar offsets; -1 when unknown.
struct Position: Equatable {
    var line: Int32
    var endLine: Int32
    var col: Int32
    var endCol: Int32

    init(line: Int32, col: Int32 = -1) {
        self.line = line
        endLine = line
        self.col = col
        endCol = col
    }

    init(_ loc: SourceLocation) {
        line = Int32(loc.line)
        endLine = Int32(loc.endLine)
        col = Int32(loc.col)
        endCol = Int32(loc.endCol)
    }

    var `public`: SourcePosition {
        SourcePosition(line: Int(line), endLine: Int(endLine), column: Int(col), endColumn: Int(endCol))
    }
}

/// A frame block: what `break`/`continue`/`return` must unwind (CPython's `fblockinfo`).
struct FrameBlock {
    enum Kind {
        case whileLoop, forLoop, tryExcept, finallyTry, finallyEnd, with, asyncWith
        case handlerCleanup, popValue, exceptionHandler
        /// The handlers of an `except*`: nothing may jump out of them.
        case exceptionGroupHandler
    }
    var kind: Kind
    var start: Int32
    var exit: Int32
    var finalBody: [Stmt] = []
    var handlerName: String?
    var line: Int32 = -1
}

/// Per-code-object compilation state (CPython's `compiler_unit`).
final class CodeUnit {
    let scope: Scope
    let name: String
    let qualname: String
    let firstLine: Int
    var code: [Pseudo] = []
    var consts: [Constant] = []
    var constIndex: [String: Int32] = [:]
    var names: [String] = []
    var nameIndex: [String: Int32] = [:]
    var varnames: [String] = []
    var varIndex: [String: Int32] = [:]
    let cellvars: [String]
    let freevars: [String]
    var fblocks: [FrameBlock] = []
    var nextLabel: Int32 = 0
    var argCount = 0, posOnlyCount = 0, kwOnlyCount = 0
    var flags: CodeObject.Flags = []
    let privateName: String?

    init(scope: Scope, name: String, qualname: String, firstLine: Int, privateName: String?) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.privateName = privateName
        cellvars = scope.cellVars
        freevars = scope.freeVars
        for p in scope.params { _ = varIndexFor(p) }
    }

    func varIndexFor(_ name: String) -> Int32 {
        if let i = varIndex[name] { return i }
        let i = Int32(varnames.count)
        varnames.append(name)
        varIndex[name] = i
        return i
    }

    func nameIndexFor(_ name: String) -> Int32 {
        if let i = nameIndex[name] { return i }
        let i = Int32(names.count)
        names.append(name)
        nameIndex[name] = i
        return i
    }

    func constIndexFor(_ c: Constant) -> Int32 {
        if let key = c.dedupKey, let i = constIndex[key] { return i }
        let i = Int32(consts.count)
        consts.append(c)
        if let key = c.dedupKey { constIndex[key] = i }
        return i
    }

    /// Deref index of a cell or free variable.
    func derefIndex(_ name: String) -> Int32 {
        if let i = cellvars.firstIndex(of: name) { return Int32(i) }
        if let i = freevars.firstIndex(of: name) { return Int32(cellvars.count + i) }
        return 0
    }
}

struct Compiler {
    let errors: ErrorFactory
    let filename: String
    let top: Scope
    var units: [CodeUnit] = []
    /// Source span given to emitted instructions (the node being compiled).
    var position = Position(line: 1)
    /// The current line; setting it drops the column information.
    var line: Int32 {
        get { position.line }
        set { position = Position(line: newValue) }
    }
    /// `from __future__ import annotations`: annotations compile to their source text.
    var futureAnnotations = false
    /// SyntaxWarnings so far, in the order CPython's compiler issues them.
    var warnings: [CompileWarning] = []

    init(errors: ErrorFactory, filename: String, top: Scope) {
        self.errors = errors
        self.filename = filename
        self.top = top
    }

    var unit: CodeUnit { units[units.count - 1] }

    // MARK: - Emission

    mutating func emit(_ i: Instruction) {
        emit(i, at: position)
    }

    mutating func emit(_ i: Instruction, line l: Int32) {
        emit(i, at: Position(line: l))
    }

    mutating func emit(_ i: Instruction, at p: Position) {
        // 3.11 folds `PUSH_NULL; LOAD_GLOBAL x` into `LOAD_GLOBAL (NULL + x)`.
        if case .loadGlobal(let n, false) = i, case .instr(.pushNull, _)? = unit.code.last {
            unit.code[unit.code.count - 1] = .instr(.loadGlobal(n, pushNull: true), p)
            return
        }
        unit.code.append(.instr(i, p))
    }

    /// The implicit `return None` at the end of a body: it has no line of its own (-2), so the
    /// assembler may copy it into blocks that jump to it, as CPython 3.11 does.
    mutating func emitImplicitReturn() {
        emit(.loadConst(unit.constIndexFor(.none)), line: Assembler.noLine)
        emit(.returnValue, line: Assembler.noLine)
    }

    func newLabel() -> Int32 {
        let l = unit.nextLabel
        unit.nextLabel += 1
        return l
    }

    mutating func place(_ label: Int32) { unit.code.append(.label(label)) }

    mutating func setup(_ handler: Int32, depthAdjust: Int32 = 0, lasti: Bool) {
        unit.code.append(.setup(handler: handler, depthAdjust: depthAdjust, lasti: lasti))
    }

    mutating func popBlock() { unit.code.append(.popBlock) }

    mutating func loadConst(_ c: Constant) { emit(.loadConst(unit.constIndexFor(c))) }

    func constIndex(_ c: Constant) -> Int32 { unit.constIndexFor(c) }

    func nameIndex(_ n: String) -> Int32 { unit.nameIndexFor(mangle(n)) }

    func mangle(_ n: String) -> String { mangled(n, unit.privateName) }

    func error(_ msg: String, at loc: SourceLocation) -> SyntaxError { errors.make(msg, at: loc) }

    // MARK: - Names

    enum NameContext { case load, store, delete }

    /// Emits the right load/store/delete for `raw` in the current scope (CPython's
    /// `compiler_nameop`).
    mutating func nameOp(_ raw: String, _ ctx: NameContext) {
        let name = mangle(raw)
        let u = unit
        let scope = u.scope.scope(of: name)
        let isFunction = u.scope.kind == .function
        switch scope {
        case .free, .cell:
            let i = u.derefIndex(name)
            switch ctx {
            case .load: emit(u.scope.kind == .classBody ? .loadClassDeref(i) : .loadDeref(i))
            case .store: emit(.storeDeref(i))
            case .delete: emit(.deleteDeref(i))
            }
            return
        case .local where isFunction:
            let i = u.varIndexFor(name)
            switch ctx {
            case .load: emit(.loadFast(i))
            case .store: emit(.storeFast(i))
            case .delete: emit(.deleteFast(i))
            }
            return
        case .globalExplicit, .globalImplicit:
            // Implicit globals use *_NAME outside functions (module and class bodies).
            if scope == .globalImplicit && !isFunction { fallthrough }
            let i = u.nameIndexFor(name)
            switch ctx {
            case .load: emit(.loadGlobal(i, pushNull: false))
            case .store: emit(.storeGlobal(i))
            case .delete: emit(.deleteGlobal(i))
            }
            return
        default:
            let i = u.nameIndexFor(name)
            switch ctx {
            case .load: emit(.loadName(i))
            case .store: emit(.storeName(i))
            case .delete: emit(.deleteName(i))
            }
        }
    }

    /// Emits `PUSH_NULL` and the callable (a global load absorbs the NULL).
    mutating func pushNullAndLoad(_ e: Expr) throws {
        emit(.pushNull, at: Position(e.loc))
        try visit(e)
    }

    // MARK: - Scopes

    /// The qualified name of a new child called `name` (CPython's `compiler_set_qualname`).
    func qualname(for name: String, childScopeIsGlobal: Bool) -> String {
        guard !units.isEmpty else { return name }
        let parent = unit
        if childScopeIsGlobal { return name }
        switch parent.scope.kind {
        case .module: return name
        case .classBody: return parent.qualname + "." + name
        case .function:
            // 3.11 compiler_set_qualname: comprehension parents add no `.<locals>`.
            if parent.scope.isComprehension { return parent.qualname + "." + name }
            return parent.qualname + ".<locals>." + name
        }
    }

    mutating func enterScope(_ scope: Scope, name: String, firstLine: Int, isClass: Bool = false) {
        let mangledName = units.isEmpty ? name : mangle(name)
        let declaredGlobal = !units.isEmpty && unit.scope.scope(of: mangledName) == .globalExplicit
        let qn = units.isEmpty ? name : qualname(for: name, childScopeIsGlobal: declaredGlobal)
        let privateName = isClass ? name : units.last?.privateName
        let u = CodeUnit(scope: scope, name: name, qualname: qn, firstLine: firstLine, privateName: privateName)
        units.append(u)
    }

    /// Emits `MAKE_CELL`, `COPY_FREE_VARS`, `RETURN_GENERATOR`/`POP_TOP` and `RESUME 0`.
    mutating func prologue(line l: Int32) {
        let u = unit
        for i in u.cellvars.indices { emit(.makeCell(Int32(i)), line: -1) }
        if !u.freevars.isEmpty { emit(.copyFreeVars(Int32(u.freevars.count)), line: -1) }
        if u.scope.isGenerator || (u.scope.isCoroutine && u.scope.kind == .function) {
            emit(.returnGenerator, line: l)
            emit(.popTop, line: l)
        }
        emit(.resume(0), at: Position(line: l, col: 0))
    }

    /// Assembles the current unit and pops it.
    mutating func exitScope() throws -> CodeObject {
        let u = units.removeLast()
        var flags = u.flags
        if u.scope.kind == .function {
            flags.insert([.optimized, .newLocals])
            if units.contains(where: { $0.scope.kind == .function }) { flags.insert(.nested) }
            if u.scope.isCoroutine && u.scope.isGenerator { flags.insert(.asyncGenerator) }
            else if u.scope.isCoroutine { flags.insert(.coroutine) }
            else if u.scope.isGenerator { flags.insert(.generator) }
        }
        var assembler = Assembler(unit: u)
        let (instructions, positions, table, depth) = try assembler.assemble()
        let cellParams = u.cellvars.map { name in u.varIndex[name] ?? -1 }
        return CodeObject(
            name: u.name, qualname: u.qualname, filename: filename, firstLineNumber: u.firstLine,
            argCount: u.argCount, positionalOnlyCount: u.posOnlyCount, keywordOnlyCount: u.kwOnlyCount,
            flags: flags, varnames: u.varnames, cellvars: u.cellvars, freevars: u.freevars,
            cellParameterIndex: cellParams, names: u.names, constants: u.consts,
            instructions: instructions, positions: positions.map(\.public), exceptionTable: table,
            stackSize: depth)
    }

    /// Pushes the function object for `code` (closure tuple when it has free variables).
    mutating func makeClosure(_ code: CodeObject, flags: Int32) {
        var f = flags
        if !code.freevars.isEmpty {
            for name in code.freevars {
                emit(.loadClosure(unit.derefIndex(name)))
            }
            emit(.buildTuple(Int32(code.freevars.count)))
            f |= 8
        }
        loadConst(.code(code))
        emit(.makeFunction(f))
    }

    // MARK: - Module

    mutating func compileModule(_ body: [Stmt]) throws -> CodeObject {
        enterScope(top, name: "<module>", firstLine: 1)
        line = 0
        emit(.resume(0), at: Position(line: 0, col: 0))
        line = 1
        if containsAnnotations(body) {
            line = Int32(body.first?.loc.line ?? 1)
            emit(.setupAnnotations)
        }
        try checkFutureImports(body)
        var stmts = body[...]
        if let first = stmts.first, case .expr(let e) = first.kind, case .literal(.str(let doc)) = e.kind {
            line = Int32(first.loc.line)
            loadConst(.str(doc))
            nameOp("__doc__", .store)
            stmts = stmts.dropFirst()
        }
        for s in stmts { try visit(s) }
        emitImplicitReturn()
        let code = try exitScope()
        code.warnings = warnings
        return code
    }

    /// The docstring of a body, if its first statement is a string literal.
    func docstring(_ body: [Stmt]) -> String? {
        if let first = body.first, case .expr(let e) = first.kind, case .literal(.str(let doc)) = e.kind {
            return doc
        }
        return nil
    }

    // MARK: - Annotations and __future__

    /// Validates `from __future__ import ...` like 3.11's `future.c` and records `annotations`.
    mutating func checkFutureImports(_ body: [Stmt]) throws {
        let known: Set<String> = ["nested_scopes", "generators", "division", "absolute_import",
                                  "with_statement", "print_function", "unicode_literals",
                                  "barry_as_FLUFL", "generator_stop", "annotations"]
        var leading = true
        for (k, s) in body.enumerated() {
            if case .importFrom("__future__", let names, 0) = s.kind {
                if !leading {
                    throw error("from __future__ imports must occur at the beginning of the file", at: s.loc)
                }
                for a in names {
                    if a.name == "braces" { throw error("not a chance", at: a.loc) }
                    if !known.contains(a.name) { throw error("future feature \(a.name) is not defined", at: a.loc) }
                    if a.name == "annotations" { futureAnnotations = true }
                }
                continue
            }
            if k == 0, case .expr(let e) = s.kind, case .literal(.str) = e.kind { continue }
            leading = false
        }
    }

    /// Pushes an annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    mutating func visitAnnotation(_ e: Expr) throws {
        guard futureAnnotations else { return try visit(e) }
        loadConst(.str(sourceText(e.loc)))
    }

    /// The source text a location spans (single or multiple lines).
    func sourceText(_ loc: SourceLocation) -> String {
        var parts: [String] = []
        for l in loc.line...max(loc.line, loc.endLine) {
            let scalars = Array(errors.sourceLine(l).unicodeScalars)
            let start = l == loc.line ? min(loc.col, scalars.count) : 0
            let end = l == loc.endLine ? min(max(loc.endCol, start), scalars.count) : scalars.count
            parts.append(String(String.UnicodeScalarView(scalars[start..<end])))
        }
        return parts.joined(separator: " ")
    }

    // MARK: - Frame blocks

    /// Enters a frame block; CPython 3.11 allows `CO_MAXBLOCKS` (20) at once
    /// (`compiler_push_fblock`), each `with` item and each loop, `try` and handler counting.
    mutating func pushBlock(_ b: FrameBlock, at loc: SourceLocation) throws {
        if unit.fblocks.count >= Compiler.maxBlocks { throw error("too many statically nested blocks", at: loc) }
        unit.fblocks.append(b)
    }

    static let maxBlocks = 20

    mutating func popBlockInfo() { unit.fblocks.removeLast() }
}
