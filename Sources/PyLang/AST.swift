/// The abstract syntax tree, mirroring CPython's `Python.asdl` for the tutor's subset.

/// A literal value in the AST (before it becomes a code-object `Constant`).
enum Literal: Equatable, Sendable {
    case none, bool(Bool), int(Int), bigInt(String), float(Double), str(String), bytes([UInt8]), ellipsis
    /// An imaginary literal `2j`: the imaginary part (the real part is +0).
    case imaginary(Double)
}

enum BinaryOperator: Int, Sendable {
    // Raw values are CPython 3.11's NB_* numbers (BINARY_OP's argument without `=`).
    case add = 0, bitAnd = 1, floorDiv = 2, lShift = 3, matMul = 4, mult = 5, mod = 6, bitOr = 7
    case pow = 8, rShift = 9, sub = 10, div = 11, bitXor = 12
}

enum UnaryOperator: Sendable { case invert, not, uAdd, uSub }

enum CompareOperator: Sendable { case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn }

enum BoolOperator: Sendable { case and, or }

struct Expr: Sendable {
    let kind: ExprKind
    var loc: SourceLocation
    /// Nodes on the longest path down from here, counting expressions and statements only, as
    /// CPython 3.11's compiler counts its recursion (`Python/ast_opt.c`, `Python/symtable.c`).
    let depth: Int32

    init(kind: ExprKind, loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
        depth = kind.childDepth + 1
    }
}

indirect enum ExprKind: Sendable {
    case name(String)
    case literal(Literal)
    case joinedStr([Expr])
    /// conversion: -1 none, 115 `!s`, 114 `!r`, 97 `!a` (CPython's values).
    case formattedValue(Expr, conversion: Int, spec: Expr?)
    case boolOp(BoolOperator, [Expr])
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A `nil` key is a `**mapping` entry.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case list([Expr])
    case tuple([Expr])
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(Expr, Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, [CompareOperator], [Expr])
    case call(Expr, [Expr], [Keyword])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case starred(Expr)
    case slice(Expr?, Expr?, Expr?)
    case namedExpr(Expr, Expr)
}

struct Comprehension: Sendable {
    var target: Expr
    var iter: Expr
    var ifs: [Expr]
    var isAsync: Bool
}

/// A keyword argument; `name == nil` is `**kwargs`.
struct Keyword: Sendable {
    var name: String?
    var value: Expr
    var loc: SourceLocation
}

struct Arg: Sendable {
    var name: String
    var annotation: Expr?
    var loc: SourceLocation
}

struct Arguments: Sendable {
    var posOnly: [Arg] = []
    var args: [Arg] = []
    var vararg: Arg?
    var kwOnly: [Arg] = []
    /// One per keyword-only argument; `nil` where it has no default.
    var kwDefaults: [Expr?] = []
    var kwarg: Arg?
    /// Defaults of the last positional parameters.
    var defaults: [Expr] = []

    var allNames: [String] {
        var names = (posOnly + args).map(\.name)
        names += kwOnly.map(\.name)
        if let v = vararg { names.append(v.name) }
        if let k = kwarg { names.append(k.name) }
        return names
    }
}

struct Alias: Sendable {
    var name: String
    var asName: String?
    var loc: SourceLocation
}

struct WithItem: Sendable {
    var context: Expr
    var target: Expr?
}

struct ExceptHandler: Sendable {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var loc: SourceLocation
    /// `except*` (PEP 654): every handler of one `try` is of the same kind.
    var isStar = false
}

struct FunctionDef: Sendable {
    var name: String
    var args: Arguments
    var body: [Stmt]
    var decorators: [Expr]
    var returns: Expr?
    var isAsync: Bool
}

struct ClassDef: Sendable {
    var name: String
    var bases: [Expr]
    var keywords: [Keyword]
    var body: [Stmt]
    var decorators: [Expr]
}

struct Stmt: Sendable {
    let kind: StmtKind
    var loc: SourceLocation
    /// As `Expr.depth`.
    let depth: Int32

    init(kind: StmtKind, loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
        depth = kind.childDepth + 1
    }
}

indirect enum StmtKind: Sendable {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    case assign(targets: [Expr], value: Expr)
    case augAssign(Expr, BinaryOperator, Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with([WithItem], body: [Stmt], isAsync: Bool)
    case raise(Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(Expr, Expr?)
    case `import`([Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
    case match(subject: Expr, cases: [MatchCase])
}

/// One `case` clause of a `match` statement (CPython's `match_case`).
struct MatchCase: Sendable {
    var pattern: Pattern
    var guardExpr: Expr?
    var body: [Stmt]
}

/// A pattern of a `case` clause (CPython's `pattern` nodes).
struct Pattern: Sendable {
    let kind: PatternKind
    var loc: SourceLocation
    /// Nesting depth of patterns and the expressions in them (bounds the compiler's recursion).
    let depth: Int32

    init(kind: PatternKind, loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
        depth = kind.childDepth + 1
    }
}

indirect enum PatternKind: Sendable {
    /// A literal or dotted-name value, compared with `==`.
    case value(Expr)
    /// `None`, `True` or `False`, compared with `is`.
    case singleton(Literal)
    case sequence([Pattern])
    /// `{key: pattern, **rest}`; keys are literals or dotted names.
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case cls(Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    /// `*name` (nil: `*_`) inside a sequence pattern.
    case star(String?)
    /// `pattern as name`, a capture (`pattern == nil`) or the wildcard (both nil).
    case `as`(Pattern?, String?)
    case or([Pattern])
}

/// A parsed module (CPython's `ast.Module`); named so it cannot clash with `Machine`'s module types.
public struct ParsedModule: Sendable {
    var body: [Stmt]
    let filename: String
    let source: String
}
