/// What the object space needs from its caller to treat values generically.
///
/// Container algorithms (dict lookup, `list.index`, `==` on tuples, `repr` of a list) are
/// generic over `R: Runtime` and call these hooks for the *elements*, so a user class's
/// `__hash__`/`__eq__`/`__lt__`/`__repr__` take part. The interpreter conforms, overriding
/// the hooks for its own object kinds and delegating the rest to the `builtin*` defaults;
/// `BasicRuntime` is the builtins-only conformance used by tests. Generic code is
/// specialised per conformance, so there are no existentials or closures on these paths.
protocol Runtime {
    var heap: Heap { get set }
    /// `hash(v)`.
    mutating func hash(_ v: Value) throws(PyError) -> Int
    /// `a == b` as a bool.
    mutating func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool
    /// Rich ordering comparison `a op b` for `<`, `<=`, `>`, `>=` as a bool.
    mutating func order(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Bool
    /// `repr(v)`.
    mutating func repr(_ v: Value) throws(PyError) -> String
    /// `str(v)`.
    mutating func str(_ v: Value) throws(PyError) -> String
    /// `format(v, spec)` (`v.__format__(spec)`).
    mutating func format(_ v: Value, _ spec: String) throws(PyError) -> String
    /// `getattr(v, name)`, used by `str.format` fields like `{0.name}`.
    mutating func getAttribute(_ v: Value, _ name: String) throws(PyError) -> Value
    /// Charges `n` steps of a built-in's work to the step budget before doing it (the
    /// interpreter stops the run past `--max-steps`; `BasicRuntime` has no budget).
    mutating func meter(steps n: Int) throws(PyError)
    /// A user object as a number for `%` formatting: `float(v)` for `%f` and friends
    /// (`__float__`, else `__index__`), `int(v)` or `operator.index(v)` for the integer
    /// conversions; nil when `v` offers none.
    mutating func numberFor(_ v: Value, float: Bool, index: Bool) throws(PyError) -> Value?
}

extension Runtime {
    /// Element operations (compares, copies of a value) a built-in does for one step.
    static var itemsPerStep: Int { 8 }
    /// Bytes a built-in copies or scans for one step (eight machine words).
    static var bytesPerStep: Int { 64 }

    /// Meters `count` element operations (a step per `itemsPerStep`).
    @inline(__always) mutating func meter(items count: Int) throws(PyError) {
        if count >= Self.itemsPerStep { try meter(steps: count / Self.itemsPerStep) }
    }

    /// Meters `count` bytes copied or scanned (a step per `bytesPerStep`).
    @inline(__always) mutating func meter(bytes count: Int) throws(PyError) {
        if count >= Self.bytesPerStep { try meter(steps: count / Self.bytesPerStep) }
    }
}

extension Runtime {
    mutating func hash(_ v: Value) throws(PyError) -> Int { try builtinHash(v) }
    mutating func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool { try builtinEqual(a, b) }
    mutating func order(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Bool {
        try builtinOrder(a, b, op)
    }
    mutating func repr(_ v: Value) throws(PyError) -> String { try builtinRepr(v) }
    mutating func str(_ v: Value) throws(PyError) -> String { try builtinStr(v) }
    mutating func format(_ v: Value, _ spec: String) throws(PyError) -> String { try builtinFormat(v, spec) }
    mutating func getAttribute(_ v: Value, _ name: String) throws(PyError) -> Value {
        throw .attribute("'\(heap.typeName(v))' object has no attribute '\(name)'")
    }
    mutating func meter(steps n: Int) throws(PyError) {}
    mutating func numberFor(_ v: Value, float: Bool, index: Bool) throws(PyError) -> Value? { nil }
}

/// The builtins-only runtime: a heap and nothing else.
struct BasicRuntime: Runtime {
    var heap = Heap()
}
