/// A Python value as the virtual machine moves it around: small scalars unboxed, every other
/// object an index into the owning process's `Heap`.
///
/// Copying a `Value` never touches a reference count: `ObjectRef` is a plain 32-bit index.
/// Ints that overflow `Int` live on the heap as `.bigint`; results that fit are normalised
/// back to `.int` (see `Heap.makeInt(_:)`), so `.int` and `.bigint` never overlap.
enum Value {
    case none
    case notImplemented
    case ellipsis
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(ObjectRef)
}

/// An index into a process heap's object table. Only meaningful with the heap that made it.
struct ObjectRef: Hashable {
    var index: UInt32

    @inline(__always) init(_ index: Int) { self.index = UInt32(truncatingIfNeeded: index) }
    @inline(__always) init(index: UInt32) { self.index = index }
    @inline(__always) var slot: Int { Int(index) }
}

extension Value {
    /// Same value bits: `is` for unboxed values, identity for objects. A fast path before `==`.
    @inline(__always) func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none), (.notImplemented, .notImplemented), (.ellipsis, .ellipsis): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.object(a), .object(b)): return a == b
        default: return false
        }
    }

    @inline(__always) var objectRef: ObjectRef? {
        if case .object(let r) = self { return r }
        return nil
    }

    static let `true` = Value.bool(true)
    static let `false` = Value.bool(false)
}

/// Python comparison operators, in CPython's `Py_LT`... order.
enum CompareOp: Int {
    case lt, le, eq, ne, gt, ge

    var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }

    /// The result of a three-way comparison result (-1, 0, 1) under this operator.
    @inline(__always) func holds(_ c: Int) -> Bool {
        switch self {
        case .lt: return c < 0
        case .le: return c <= 0
        case .eq: return c == 0
        case .ne: return c != 0
        case .gt: return c > 0
        case .ge: return c >= 0
        }
    }
}
