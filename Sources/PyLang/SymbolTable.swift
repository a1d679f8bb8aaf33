/// Name resolution before code generation, mirroring CPython 3.11's `Python/symtable.c`:
/// every scope (module, class, function, lambda, comprehension) learns which names are local,
/// global (explicit or implicit), free or cell.

/// How a name resolves inside one scope (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ...).
enum NameScope: Sendable {
    case local, globalExplicit, globalImplicit, free, cell
}

/// Binding facts gathered while visiting (CPython's `DEF_*` flags).
struct SymbolFlags: OptionSet, Sendable {
    let rawValue: Int
    static let global = SymbolFlags(rawValue: 1)
    static let local = SymbolFlags(rawValue: 2)
    static let param = SymbolFlags(rawValue: 4)
    static let nonlocal = SymbolFlags(rawValue: 8)
    static let use = SymbolFlags(rawValue: 16)
    static let freeClass = SymbolFlags(rawValue: 32)
    static let imported = SymbolFlags(rawValue: 64)
    static let bound: SymbolFlags = [.local, .param, .imported]
}

/// Identifies the AST node that opened a scope.
struct ScopeKey: Hashable {
    var line: Int, col: Int, endLine: Int, endCol: Int
    init(_ loc: SourceLocation) { line = loc.line; col = loc.col; endLine = loc.endLine; endCol = loc.endCol }
}

final class Scope {
    enum Kind { case module, classBody, function }

    let name: String
    let kind: Kind
    var flags: [String: SymbolFlags] = [:]
    var scopes: [String: NameScope] = [:]
    /// Names in first-binding order, for deterministic output.
    var order: [String] = []
    /// Parameters in CPython's order: positional-only, positional, keyword-only, *args, **kwargs.
    var params: [String] = []
    var children: [ScopeKey: [Scope]] = [:]
    var childList: [Scope] = []
    var isGenerator = false
    var isCoroutine = false
    var isComprehension = false
    var isLambda = false
    var needsClassClosure = false
    var childHasFree = false
    var hasFree = false
    /// Where each global/nonlocal directive appeared (for error locations).
    var directives: [String: SourceLocation] = [:]

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The resolved scope of `name` (`nil` when the name never appeared here).
    func scope(of name: String) -> NameScope? { scopes[name] }

    /// Cell variables, sorted as CPython sorts them.
    var cellVars: [String] {
        var cells = scopes.filter { $0.value == .cell }.map(\.key).sorted()
        if needsClassClosure { cells.append("__class__"); cells.sort() }
        return cells
    }

    /// Free variables, sorted (including class-level names passed through to methods).
    var freeVars: [String] {
        scopes.filter { $0.value == .free || (flags[$0.key]?.contains(.freeClass) ?? false) }.map(\.key).sorted()
    }

    func child(for loc: SourceLocation) -> Scope? {
        let key = ScopeKey(loc)
        guard var list = children[key], !list.isEmpty else { return nil }
        // Taken in turn and put back at the end: the compiler compiles some expressions twice
        // (a `while` condition, at the top and at the bottom of the loop, as 3.11 does), and
        // each time they need the same scopes in the same order.
        let first = list.removeFirst()
        list.append(first)
        children[key] = list
        return first
    }
}

/// Builds and analyses the scopes of a module.
struct SymbolTableBuilder {
    let errors: ErrorFactory
    var stack: [Scope] = []
    let module: Scope
    /// The enclosing class name for private-name mangling.
    var privateStack: [String?] = [nil]

    init(errors: ErrorFactory) {
        self.errors = errors
        module = Scope(name: "top", kind: .module)
        stack = [module]
    }

    var current: Scope { stack[stack.count - 1] }

    /// Visits `body` and resolves every scope; returns the module scope.
    static func build(_ body: [Stmt], errors: ErrorFactory) throws -> Scope {
        var b = SymbolTableBuilder(errors: errors)
        for s in body { try b.visit(s) }
        var free: Set<String> = []
        try b.analyze(b.module, bound: nil, free: &free, global: [])
        return b.module
    }

    // MARK: - Recording

    func mangle(_ name: String) -> String { mangled(name, privateStack.last ?? nil) }

    mutating func addDef(_ raw: String, _ flag: SymbolFlags, at loc: SourceLocation, in scope: Scope? = nil) throws {
        let name = mangle(raw)
        let s = scope ?? current
        var f = s.flags[name] ?? []
        if f.isEmpty { s.order.append(name) }
        if flag.contains(.param) && f.contains(.param) {
            throw errors.make("duplicate argument '\(name)' in function definition", at: loc)
        }
        f.formUnion(flag)
        s.flags[name] = f
        if flag.contains(.global) && s !== module {
            var g = module.flags[name] ?? []
            if g.isEmpty { module.order.append(name) }
            g.insert(.global)
            module.flags[name] = g
        }
    }

    mutating func enter(_ name: String, _ kind: Scope.Kind, at loc: SourceLocation) -> Scope {
        let s = Scope(name: name, kind: kind)
        current.children[ScopeKey(loc), default: []].append(s)
        current.childList.append(s)
        stack.append(s)
        return s
    }

    mutating func leave() { stack.removeLast() }

    // MARK: - Statements

    mutating func visit(_ body: [Stmt]) throws { for s in body { try visit(s) } }

    mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .functionDef(let fn):
            try addDef(fn.name, .local, at: s.loc)
            for d in fn.decorators { try visit(d) }
            try visitDefaults(fn.args)
            let a = fn.args
            for arg in a.posOnly + a.args + a.kwOnly + [a.vararg, a.kwarg].compactMap({ $0 }) {
                if let ann = arg.annotation { try visit(ann) }
            }
            if let r = fn.returns { try visit(r) }
            let scope = enter(fn.name, .function, at: s.loc)
            scope.isCoroutine = fn.isAsync
            try addParams(fn.args)
            try visit(fn.body)
            leave()
        case .classDef(let cls):
            try addDef(cls.name, .local, at: s.loc)
            for b in cls.bases { try visit(b) }
            for k in cls.keywords { try visit(k.value) }
            for d in cls.decorators { try visit(d) }
            _ = enter(cls.name, .classBody, at: s.loc)
            privateStack.append(cls.name)
            try visit(cls.body)
            privateStack.removeLast()
            leave()
        case .return(let v):
            if let v { try visit(v) }
        case .delete(let targets):
            for t in targets { try visit(t, store: true) }
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visit(t, store: true) }
        case .augAssign(let target, _, let value):
            try visit(target, store: true)
            try visit(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if let value { try visit(value) }
            if simple && current.kind != .function { try visit(annotation) }
            if value != nil { try visit(target, store: true) } else if case .name = target.kind {
                try visit(target, store: true)
            } else { try visit(target) }
        case .for(let target, let iter, let body, let orelse, _):
            try visit(target, store: true)
            try visit(iter)
            try visit(body)
            try visit(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .with(let items, let body, _):
            for item in items {
                try visit(item.context)
                if let t = item.target { try visit(t, store: true) }
            }
            try visit(body)
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .try(let body, let handlers, let orelse, let finalbody):
            try visit(body)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { try addDef(n, .local, at: h.loc) }
                try visit(h.body)
            }
            try visit(orelse)
            try visit(finalbody)
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .import(let names):
            for a in names {
                let bound = a.asName ?? String(a.name.split(separator: ".")[0])
                try addDef(bound, .imported, at: a.loc)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" {
                try addDef(a.asName ?? a.name, .imported, at: a.loc)
            }
            if names.first?.name == "*" && current.kind != .module {
                throw errors.make("import * only allowed at module level", at: s.loc)
            }
        case .global(let names):
            for n in names { try declare(n, global: true, at: s.loc) }
        case .nonlocal(let names):
            if current.kind == .module {
                throw errors.make("nonlocal declaration not allowed at module level", at: s.loc)
            }
            for n in names { try declare(n, global: false, at: s.loc) }
        case .expr(let e):
            try visit(e)
        case .pass, .break, .continue:
            break
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guardExpr { try visit(g) }
                try visit(c.body)
            }
        }
    }

    /// Records the names a pattern binds and the expressions (values, classes) it loads.
    mutating func visitPattern(_ p: Pattern) throws {
        switch p.kind {
        case .value(let e): try visit(e)
        case .singleton: break
        case .sequence(let ps), .or(let ps): for q in ps { try visitPattern(q) }
        case .mapping(let keys, let ps, let rest):
            for k in keys { try visit(k) }
            for q in ps { try visitPattern(q) }
            if let rest { try addDef(rest, .local, at: p.loc) }
        case .cls(let cls, let ps, _, let kps):
            try visit(cls)
            for q in ps + kps { try visitPattern(q) }
        case .star(let name):
            if let name { try addDef(name, .local, at: p.loc) }
        case .as(let sub, let name):
            if let sub { try visitPattern(sub) }
            if let name { try addDef(name, .local, at: p.loc) }
        }
    }

    mutating func declare(_ raw: String, global: Bool, at loc: SourceLocation) throws {
        let name = mangle(raw)
        let f = current.flags[name] ?? []
        let what = global ? "global" : "nonlocal"
        if f.contains(.param) { throw errors.make("name '\(name)' is parameter and \(what)", at: loc) }
        if (global && f.contains(.nonlocal)) || (!global && f.contains(.global)) {
            throw errors.make("name '\(name)' is nonlocal and global", at: current.directives[name] ?? loc)
        }
        if f.contains(.local) || f.contains(.imported) {
            throw errors.make("name '\(name)' is assigned to before \(what) declaration", at: loc)
        }
        if f.contains(.use) { throw errors.make("name '\(name)' is used prior to \(what) declaration", at: loc) }
        try addDef(raw, global ? .global : .nonlocal, at: loc)
        current.directives[name] = loc
    }

    mutating func visitDefaults(_ a: Arguments) throws {
        for d in a.defaults { try visit(d) }
        for d in a.kwDefaults { if let d { try visit(d) } }
    }

    mutating func addParams(_ a: Arguments) throws {
        var names = (a.posOnly + a.args + a.kwOnly).map { ($0.name, $0.loc) }
        if let v = a.vararg { names.append((v.name, v.loc)) }
        if let k = a.kwarg { names.append((k.name, k.loc)) }
        for (n, loc) in names {
            try addDef(n, .param, at: loc)
            current.params.append(mangle(n))
        }
    }

    // MARK: - Expressions

    mutating func visit(_ e: Expr, store: Bool = false) throws {
        switch e.kind {
        case .name(let n):
            try addDef(n, store ? .local : .use, at: e.loc)
            if !store && n == "super" && current.kind == .function {
                try addDef("__class__", .use, at: e.loc)
            }
        case .literal: break
        case .joinedStr(let values): for v in values { try visit(v) }
        case .formattedValue(let v, _, let spec):
            try visit(v)
            if let spec { try visit(spec) }
        case .boolOp(_, let values): for v in values { try visit(v) }
        case .binOp(let l, _, let r): try visit(l); try visit(r)
        case .unaryOp(_, let v): try visit(v)
        case .lambda(let args, let body):
            try visitDefaults(args)
            let scope = enter("lambda", .function, at: e.loc)
            scope.isLambda = true
            try addParams(args)
            try visit(body)
            leave()
        case .ifExp(let t, let b, let o): try visit(t); try visit(b); try visit(o)
        case .dict(let keys, let values):
            for k in keys { if let k { try visit(k) } }
            for v in values { try visit(v) }
        case .set(let elts): for x in elts { try visit(x) }
        case .list(let elts), .tuple(let elts): for x in elts { try visit(x, store: store) }
        case .listComp(let elt, let gens): try visitComprehension("listcomp", [elt], gens, at: e.loc)
        case .setComp(let elt, let gens): try visitComprehension("setcomp", [elt], gens, at: e.loc)
        case .dictComp(let k, let v, let gens): try visitComprehension("dictcomp", [k, v], gens, at: e.loc)
        case .generatorExp(let elt, let gens):
            try visitComprehension("genexpr", [elt], gens, at: e.loc, generator: true)
        case .await(let v):
            try visit(v)
            // An `await` makes the comprehension around it asynchronous (3.11 symtable.c).
            if current.isComprehension { current.isCoroutine = true }
        case .yield(let v):
            try markYield(e, from: false)
            if let v { try visit(v) }
        case .yieldFrom(let v):
            try markYield(e, from: true)
            try visit(v)
        case .compare(let l, _, let rs): try visit(l); for r in rs { try visit(r) }
        case .call(let f, let args, let kws):
            try visit(f)
            for a in args { try visit(a) }
            for k in kws { try visit(k.value) }
        case .attribute(let v, _): try visit(v)
        case .subscript(let v, let i): try visit(v); try visit(i)
        case .starred(let v): try visit(v, store: store)
        case .slice(let a, let b, let c):
            for x in [a, b, c] { if let x { try visit(x) } }
        case .namedExpr(let target, let value):
            try visit(value)
            guard case .name(let n) = target.kind else { return }
            try bindNamedExprTarget(n, at: target.loc)
        }
    }

    mutating func markYield(_ e: Expr, from: Bool) throws {
        let s = current
        if s.kind != .function {
            throw errors.make("'\(from ? "yield from" : "yield")' outside function", at: e.loc)
        }
        if s.isComprehension {
            let kind = s.name == "genexpr" ? "generator expression" : s.name == "listcomp" ? "list comprehension"
                : s.name == "setcomp" ? "set comprehension" : "dict comprehension"
            throw errors.make("'yield' inside \(kind)", at: e.loc)
        }
        if from && s.isCoroutine { throw errors.make("'yield from' inside async function", at: e.loc) }
        s.isGenerator = true
    }

    /// A walrus inside comprehensions binds in the nearest enclosing non-comprehension scope.
    mutating func bindNamedExprTarget(_ n: String, at loc: SourceLocation) throws {
        guard current.isComprehension else {
            try addDef(n, .local, at: loc)
            return
        }
        for s in stack.reversed() where !s.isComprehension {
            switch s.kind {
            case .function:
                if (s.flags[mangle(n)] ?? []).contains(.global) {
                    try addDef(n, .global, at: loc)
                } else {
                    try addDef(n, .nonlocal, at: loc)
                }
                try addDef(n, .local, at: loc, in: s)
            case .module:
                try addDef(n, .global, at: loc)
                try addDef(n, .global, at: loc, in: s)
            case .classBody:
                throw errors.make("assignment expression within a comprehension cannot be used in a class body", at: loc)
            }
            return
        }
    }

    mutating func visitComprehension(_ name: String, _ elts: [Expr], _ gens: [Comprehension],
                                     at loc: SourceLocation, generator: Bool = false) throws {
        try visit(gens[0].iter)
        let scope = enter(name, .function, at: loc)
        scope.isComprehension = true
        scope.isGenerator = generator
        try addDef(".0", .param, at: loc)
        scope.params = [".0"]
        for (k, g) in gens.enumerated() {
            if k > 0 { try visit(g.iter) }
            try visit(g.target, store: true)
            for cond in g.ifs { try visit(cond) }
            if g.isAsync { scope.isCoroutine = true }
        }
        for e in elts { try visit(e) }
        leave()
        // An async list/set/dict comprehension is awaited where it stands, which makes a
        // comprehension around it asynchronous too (3.11 symtable_handle_comprehension).
        if scope.isCoroutine && !generator && current.isComprehension { current.isCoroutine = true }
    }

    // MARK: - Analysis (CPython's analyze_block)

    func analyze(_ s: Scope, bound: Set<String>?, free: inout Set<String>, global: Set<String>) throws {
        var local: Set<String> = []
        var globalSet = global
        var boundSet = bound
        var newBound: Set<String> = []
        var newGlobal: Set<String> = []
        if s.kind == .classBody {
            newGlobal = global
            if let bound { newBound = bound }
        }
        for name in s.order {
            let f = s.flags[name] ?? []
            let scope: NameScope
            if f.contains(.global) {
                scope = .globalExplicit
                globalSet.insert(name)
                boundSet?.remove(name)
            } else if f.contains(.nonlocal) {
                guard let b = boundSet, b.contains(name) else {
                    throw errors.make("no binding for nonlocal '\(name)' found", at: s.directives[name] ?? .zero)
                }
                scope = .free
                free.insert(name)
                s.hasFree = true
            } else if !f.intersection(.bound).isEmpty {
                scope = .local
                local.insert(name)
                globalSet.remove(name)
            } else if let b = boundSet, b.contains(name) {
                scope = .free
                free.insert(name)
                s.hasFree = true
            } else {
                scope = .globalImplicit
            }
            s.scopes[name] = scope
        }
        if s.kind != .classBody {
            if s.kind == .function { newBound.formUnion(local) }
            if let boundSet { newBound.formUnion(boundSet) }
            newGlobal.formUnion(globalSet)
        } else {
            newBound.insert("__class__")
        }
        var newFree: Set<String> = []
        for child in s.childList {
            var childFree: Set<String> = []
            try analyze(child, bound: newBound, free: &childFree, global: newGlobal)
            newFree.formUnion(childFree)
            if child.hasFree || child.childHasFree { s.childHasFree = true }
        }
        if s.kind == .function {
            for name in s.order where s.scopes[name] == .local && newFree.contains(name) {
                s.scopes[name] = .cell
                newFree.remove(name)
            }
        }
        if s.kind == .classBody && newFree.contains("__class__") {
            newFree.remove("__class__")
            s.needsClassClosure = true
        }
        for name in newFree.sorted() {
            if let existing = s.scopes[name] {
                if s.kind == .classBody && (existing == .local || existing == .globalExplicit || existing == .globalImplicit)
                    && !(s.flags[name] ?? []).intersection(.bound).isEmpty {
                    s.flags[name, default: []].insert(.freeClass)
                }
                continue
            }
            if let b = bound, b.contains(name) {
                s.scopes[name] = .free
                s.flags[name] = []
                s.order.append(name)
            }
        }
        free.formUnion(newFree)
    }
}

/// CPython's private-name mangling (`__x` inside class `C` becomes `_C__x`).
func mangled(_ name: String, _ className: String?) -> String {
    guard let cls = className, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = cls.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}
