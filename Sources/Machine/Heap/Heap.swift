#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt
import PyLang

/// One object stored in a process heap.
///
/// The interpreter adds its own kinds (function, class, module, generator, bound method,
/// exception, native handles, ...) as new cases here: the module is the same, and the
/// exhaustive switches in `Heap+Collector.swift` (`forEachChild`) and `typeName` then fail to
/// compile until the new kind says which values it keeps alive and what its type is called.
/// Large payloads should be structs of arrays/strings (cheap to move) — never classes, or the
/// heap stops being a plain copy-on-write value and `fork` would share them.
enum HeapObject {
    /// A free slot; `next` links the free list (-1 ends it).
    case free(next: Int32)
    /// Placeholder while a payload is taken out for in-place mutation (see `take` helpers).
    case moved
    case str(PyStr)
    case bytes([UInt8])
    /// A `bytearray`: bytes that can change in place (ByteArray.swift).
    case bytearray([UInt8])
    case bigint(BigInt)
    /// A complex number (real, imaginary), immutable as CPython's.
    case complex(PyComplex)
    case list([Value])
    case tuple([Value])
    case dict(PyDict)
    case set(PySetTable)
    case frozenset(PySetTable)
    case range(PyRange)
    /// `d.keys()`, `d.values()`, `d.items()`: live views of the dict at the ref.
    case dictView(DictView)
    case slice(PySlice)
    /// An iterator over a built-in container (`iter(x)`).
    case iterator(PyIter)
    /// A closure cell (`MAKE_CELL`/`LOAD_DEREF`).
    case cell(Value)
    /// A generic instance of a user class: its class object and attribute dict.
    case instance(PyInstance)
    /// The interpreter's own kinds (functions, classes, exceptions, generators, modules, ...).
    case vm(VMObject)
}

/// A Python `str`: the Swift string plus cached facts that make indexing and hashing cheap.
struct PyStr {
    var value: String
    /// Length in code points (`len(s)`), computed once.
    var count: Int
    /// Cached Python hash; -1 until computed (a Python hash is never -1).
    var hash: Int = -1
    /// For non-ASCII strings that have been indexed: the code points, so `s[i]` is O(1).
    var scalars: [Unicode.Scalar]?

    init(_ value: String) {
        self.value = value
        let bytes = value.utf8.count
        // Scanned as contiguous bytes: iterating the UTF-8 view cost ~200 instructions for a
        // five-letter str (every `str(k)` and `"user%d" % i` makes one).
        let ascii = value.utf8.withContiguousStorageIfAvailable { buf -> Bool in
            for b in buf where b >= 0x80 { return false }
            return true
        } ?? !value.utf8.contains { $0 >= 0x80 }
        self.count = ascii ? bytes : value.unicodeScalars.count
    }

    /// True when every scalar is ASCII: indexing is then O(1) over UTF-8.
    @inline(__always) var isASCII: Bool { count == value.utf8.count }
}

extension PyStr {
    /// Python str equality: the same code points, so the same UTF-8 bytes (Swift's `==`
    /// would equate canonically equivalent strings, which Python does not). Compared on the
    /// contiguous bytes: the generic `utf8.elementsEqual` cost ~500 instructions a key.
    @inline(__always) func sameText(as other: PyStr) -> Bool {
        if count != other.count { return false }
        if hash != -1 && other.hash != -1 && hash != other.hash { return false }
        // Two ASCII strings: `==` is byte equality then, with the stdlib's fast paths (raw
        // bits for small strings), cheaper than borrowing both buffers.
        if value.utf8.count == count && other.value.utf8.count == count { return value == other.value }
        var a = value, b = other.value
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                pa.count == pb.count && (pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0)
            }
        }
    }
}

extension HeapObject {
    /// `sameText` of two strs read in place (nil if either is no str). Binding the payloads
    /// out of a heap slot copied each whole object (~125 instructions apiece, a dict lookup
    /// by a key built at run time paid two).
    @inline(__always) func sameStr(as other: HeapObject) -> Bool? {
        guard case .str(let a) = self, case .str(let b) = other else { return nil }
        return a.sameText(as: b)
    }
}

/// `range(start, stop, step)`, Int-bounded (CPython allows bigints; lessons never need them).
struct PyRange {
    var start: Int
    var stop: Int
    var step: Int

    /// Number of elements, as `len(range(...))`.
    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    @inline(__always) func element(_ i: Int) -> Int { start + i * step }
}

/// A dict view: which dict and which projection.
struct DictView {
    enum Kind { case keys, values, items }
    var dict: ObjectRef
    var kind: Kind
}

/// `slice(start, stop, step)`: any values, interpreted by `indices()`.
struct PySlice {
    var start: Value
    var stop: Value
    var step: Value
}

/// An instance of a user-defined class: the class object and the instance `__dict__`.
struct PyInstance {
    var cls: Value
    var attributes: PyDict
}

/// The objects of one Python process, indexed by `ObjectRef`.
///
/// A value type held in Swift arrays: copying a `Heap` is a copy-on-write copy, which is how
/// `os.fork` and multiprocessing copy a process's memory. Freed slots are recycled through a
/// free list; `collect(roots:)` (mark and sweep) frees what the roots cannot reach.
struct Heap {
    var objects: [HeapObject] = []
    var freeHead: Int32 = -1
    /// Live object count (objects.count minus free slots).
    var liveCount = 0
    /// Allocations since the last collection, for the interpreter's GC trigger.
    var allocationsSinceCollect = 0
    /// The process's memory limit in bytes (`RunOptions.memoryLimit`; Heap+Memory.swift).
    var memoryLimit = Heap.defaultMemoryLimit
    /// Bytes held by the heap's account: measured at the last collection, plus the charges
    /// since (garbage not yet collected included).
    var bytesInUse = 0
    /// Past this many bytes in use a collection is due (`charge`).
    var collectAtBytes = Heap.collectAfterBytes
    /// Objects whose repr is being computed (CPython `Py_ReprEnter`), innermost last.
    var reprInProgress: [UInt32] = []

    /// Per code object, its names as interned str values (see `Interp.fillNames`). Holding
    /// the code object keeps its identifier from being reused by another one.
    struct CodeNames {
        let code: CodeObject
        let names: [Value]
        /// `code.constants` that are strs, interned, and code objects' values once loaded
        /// (`Interp.codeConstant`); other constants: `.none` placeholders.
        var strConstants: [Value]? = nil
    }
    var codeNames: [ObjectIdentifier: CodeNames] = [:]
    /// Per code object, the one heap object that stands for it (see `Heap.codeValue`).
    var codeValues: [ObjectIdentifier: (code: CodeObject, ref: ObjectRef)] = [:]
    /// Per list, dict or set comprehension code object without a closure, the function
    /// `MAKE_FUNCTION` last made for it with these globals (`Interp.makeFunction` reuses it).
    var comprehensionFunctions: [ObjectIdentifier: (code: CodeObject, globals: ObjectRef, ref: ObjectRef)] = [:]
    /// The same functions by the slot of their code's heap value (`codeValue`), direct-mapped,
    /// for the fast loop's `MAKE_FUNCTION`: hashing the code's identifier cost ~200
    /// instructions. Every change of an entry of `comprehensionFunctions` rewrites its line,
    /// so a line naming a code is that code's current entry.
    var comprehensionLines = [ComprehensionLine](repeating: ComprehensionLine(), count: 64)
    /// Frames and states of generators (see `GeneratorSlot`); freed slots are reused.
    var generatorSlots: [GeneratorSlot] = []
    var freeGeneratorSlots: [Int] = []
    /// Generators closing may run code in (Interpreter+Finalizers.swift).
    var finalizers = GeneratorFinalizers()
    /// Weak references (Heap+WeakRefs.swift).
    var weak = WeakTable()
    /// Interned strs of `Interp.KnownKey` (filled on first use).
    var knownKeys: [Value] = []
    /// Direct-mapped cache of the descriptors `LOAD_METHOD` pushes for built-in methods,
    /// keyed by (receiver kind, interned name); stale from another `classEpoch`.
    var builtinMethodCache = [BuiltinMethodEntry](repeating: BuiltinMethodEntry(), count: Heap.builtinMethodCacheSize)
    static let builtinMethodCacheSize = 256

    /// What `CALL` needs to know of each descriptor `builtinMethodCache` made, by its slot
    /// (direct-mapped; an entry from another `classEpoch` may name a reused slot).
    var methodDescriptors = [MethodDescriptor](repeating: MethodDescriptor(), count: Heap.builtinMethodCacheSize)

    /// Direct-mapped cache of where `LOAD_GLOBAL`/`LOAD_NAME` found a name
    /// (`Interp.loadNameInPlace`), by the interned name's slot.
    var nameCache = [NameCacheEntry](repeating: NameCacheEntry(), count: Heap.nameCacheSize)
    static let nameCacheSize = 64

    /// Bumped whenever a class namespace, a class or the heap's slots change: entries of
    /// `mroCache` from another epoch are stale (CPython's type version tags, coarsened).
    var classEpoch = 0
    /// Direct-mapped cache of `lookupInMRO` results keyed by (class, interned name).
    var mroCache = [MROCacheEntry](repeating: MROCacheEntry(), count: Heap.mroCacheSize)
    static let mroCacheSize = 1024

    /// The `mroCache` slot of (class, interned name).
    @inline(__always) static func mroCacheSlot(cls: ObjectRef, name: ObjectRef) -> Int {
        Int((cls.index &* 0x9E37_79B1) ^ name.index) & (mroCacheSize - 1)
    }

    init() {}

    /// The cached hash of the str at `r` (computed on first use).
    @inline(__always) mutating func strHash(_ r: ObjectRef) -> Int {
        // Read through a buffer pointer: binding a payload of `objects[i]` copies it (and
        // retains its string), reading `buf[i]` borrows it (measured with callgrind).
        let h = objects.withUnsafeBufferPointer { buf -> Int in
            if case .str(let s) = buf[r.slot] { return s.hash }
            return -1
        }
        return h != -1 ? h : cacheStrHash(r)
    }

    /// Flags the dict at `r` as a class namespace: its changes invalidate `mroCache`.
    mutating func markClassNamespace(_ r: ObjectRef) {
        guard case .dict = objects[r.slot] else { return }
        var d = takeDict(r)
        d.isClassNamespace = true
        objects[r.slot] = .dict(d)
        classEpoch &+= 1
    }

    // MARK: - Allocation

    /// Stores `object` in a free slot (or a new one) and returns its reference. Consumed, so
    /// the payload moves in: a borrowed one was copied (every field retained) and the
    /// caller's copy then released.
    @inline(__always) mutating func alloc(_ object: consuming HeapObject) -> ObjectRef {
        liveCount += 1
        allocationsSinceCollect += 1
        if freeHead >= 0 {
            let i = Int(freeHead)
            if case .free(let next) = objects[i] { freeHead = next } else { freeHead = -1 }
            objects[i] = consume object
            return ObjectRef(i)
        }
        objects.append(consume object)
        return ObjectRef(objects.count - 1)
    }

    @inline(__always) subscript(_ r: ObjectRef) -> HeapObject {
        get { objects[r.slot] }
        set { objects[r.slot] = newValue }
    }

    mutating func newStr(_ s: String) -> Value {
        charge(s.utf8.count)
        return .object(alloc(.str(PyStr(s))))
    }
    mutating func newBytes(_ b: [UInt8]) -> Value {
        charge(b.count)
        return .object(alloc(.bytes(b)))
    }
    mutating func newList(_ items: [Value]) -> Value {
        charge(items.count &* MemoryLayout<Value>.stride)
        return .object(alloc(.list(items)))
    }
    mutating func newTuple(_ items: [Value]) -> Value {
        charge(items.count &* MemoryLayout<Value>.stride)
        return .object(alloc(.tuple(items)))
    }
    mutating func newDict(_ d: PyDict = PyDict()) -> Value { .object(alloc(.dict(d))) }
    mutating func newSet(_ t: PySetTable = PySetTable()) -> Value { .object(alloc(.set(t))) }
    mutating func newFrozenSet(_ t: PySetTable = PySetTable()) -> Value { .object(alloc(.frozenset(t))) }
    mutating func newRange(_ start: Int, _ stop: Int, _ step: Int) -> Value {
        .object(alloc(.range(PyRange(start: start, stop: stop, step: step))))
    }
    mutating func newSlice(_ start: Value, _ stop: Value, _ step: Value) -> Value {
        .object(alloc(.slice(PySlice(start: start, stop: stop, step: step))))
    }

    /// An int result: `.int` when it fits, else a heap bigint (the normal form).
    mutating func makeInt(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        charge(Heap.bigIntBytes(b))
        return .object(alloc(.bigint(b)))
    }

    // MARK: - Typed access

    /// The Swift string of a `str` value, or nil for any other value.
    @inline(__always) func string(_ v: Value) -> String? {
        if case .object(let r) = v, case .str(let s) = objects[r.slot] { return s.value }
        return nil
    }

    /// The contents of a bytes-like value (`bytes` or `bytearray`: what CPython's buffer
    /// protocol accepts where a method asks for "a bytes-like object"), or nil.
    @inline(__always) func bytes(_ v: Value) -> [UInt8]? {
        guard case .object(let r) = v else { return nil }
        switch objects[r.slot] {
        case .bytes(let b), .bytearray(let b): return b
        default: return nil
        }
    }

    /// The items of a list or tuple (a copy-on-write share, no element copy).
    @inline(__always) func sequenceItems(_ v: Value) -> [Value]? {
        guard case .object(let r) = v else { return nil }
        switch objects[r.slot] {
        case .list(let a), .tuple(let a): return a
        default: return nil
        }
    }

    @inline(__always) func bigint(_ v: Value) -> BigInt? {
        if case .object(let r) = v, case .bigint(let b) = objects[r.slot] { return b }
        return nil
    }

    /// The code points of the str at `r`, cached in the object for O(1) indexing.
    mutating func strScalars(_ r: ObjectRef) -> [Unicode.Scalar] {
        guard case .str(var s) = objects[r.slot] else { return [] }
        if let cached = s.scalars { return cached }
        let scalars = Array(s.value.unicodeScalars)
        s.scalars = scalars
        objects[r.slot] = .str(s)
        return scalars
    }

    /// The payload-free kind of an object: switch on this (not on `objects[i]`) in code
    /// that mutates the heap inside the switch, so no read of the table is held across
    /// the write (which would copy the whole table, in unoptimised builds at least).
    enum Kind: UInt8 { case free, moved, str, bytes, bytearray, bigint, complex, list, tuple, dict, set, frozenset, range, dictView, slice, cell, instance, iterator, vm }

    @inline(__always) func kind(_ r: ObjectRef) -> Kind {
        switch objects[r.slot] {
        case .free: return .free
        case .moved: return .moved
        case .str: return .str
        case .bytes: return .bytes
        case .bytearray: return .bytearray
        case .bigint: return .bigint
        case .complex: return .complex
        case .list: return .list
        case .tuple: return .tuple
        case .dict: return .dict
        case .set: return .set
        case .frozenset: return .frozenset
        case .range: return .range
        case .dictView: return .dictView
        case .slice: return .slice
        case .cell: return .cell
        case .instance: return .instance
        case .iterator: return .iterator
        case .vm: return .vm
        }
    }

    /// The slice at `v`, if it is one.
    @inline(__always) func sliceValue(_ v: Value) -> PySlice? {
        if case .object(let r) = v, case .slice(let s) = objects[r.slot] { return s }
        return nil
    }

    // MARK: - In-place mutation ("take" pattern)
    //
    // Pattern-matching a payload out of `objects[i]` and writing it back would copy the array
    // (two owners). These helpers park `.moved` in the slot first so the payload is uniquely
    // referenced, mutate it, and put it back: O(1) amortised appends.

    /// Takes a list's storage out of the heap; pair with `putList`.
    @inline(__always) mutating func takeList(_ r: ObjectRef) -> [Value] {
        guard kind(r) == .list, case .list(let a) = moveOut(r) else { preconditionFailure("not a list") }
        return a
    }

    @inline(__always) mutating func putList(_ r: ObjectRef, _ a: [Value]) { putBack(r, .list(a)) }

    /// Takes a dict's table out of the heap; pair with `putDict`.
    @inline(__always) mutating func takeDict(_ r: ObjectRef) -> PyDict {
        guard kind(r) == .dict, case .dict(let d) = moveOut(r) else { preconditionFailure("not a dict") }
        return d
    }

    /// Puts back a table taken with `takeDict`.
    @inline(__always) mutating func putDict(_ r: ObjectRef, _ d: PyDict, kind: DictKind = .dict) {
        if d.isClassNamespace { classEpoch &+= 1 }
        putBack(r, .dict(d))
    }

    enum DictKind { case dict }

    /// Takes a set's table out of the heap; pair with `putSet`.
    @inline(__always) mutating func takeSet(_ r: ObjectRef) -> PySetTable {
        guard kind(r) == .set, case .set(let t) = moveOut(r) else { preconditionFailure("not a set") }
        return t
    }

    @inline(__always) mutating func putSet(_ r: ObjectRef, _ t: PySetTable) { putBack(r, .set(t)) }

    /// Moves the object at `r` out of its slot, leaving `.moved`: the payload is then
    /// uniquely referenced, with no retain and release. Pair with `putBack`.
    @inline(__always) mutating func moveOut(_ r: ObjectRef) -> HeapObject {
        objects.withUnsafeMutableBufferPointer { buf -> HeapObject in
            let p = buf.baseAddress.unsafelyUnwrapped + r.slot
            let object = p.move()
            p.initialize(to: .moved)
            return object
        }
    }

    /// Stores `object` at `r`, where a `take` helper left `.moved`: the placeholder holds no
    /// reference, so it is overwritten, not destroyed (an outlined call through every case).
    @inline(__always) mutating func putBack(_ r: ObjectRef, _ object: HeapObject) {
        objects.withUnsafeMutableBufferPointer { buf in
            let p = buf.baseAddress.unsafelyUnwrapped + r.slot
            if case .moved = p.pointee { p.initialize(to: object) } else { p.pointee = object }
        }
    }

    /// The table of a set or frozenset value, or nil.
    @inline(__always) func setTable(_ v: Value) -> PySetTable? {
        guard case .object(let r) = v else { return nil }
        switch objects[r.slot] {
        case .set(let t), .frozenset(let t): return t
        default: return nil
        }
    }

    /// `list.append(v)` in place: the payload is moved out of the slot (no retain/release
    /// pair, one uniqueness check of the table), appended to, and moved back.
    mutating func listAppend(_ r: ObjectRef, _ v: Value) {
        objects.withUnsafeMutableBufferPointer { buf in
            guard HeapObject.listAppend(buf.baseAddress.unsafelyUnwrapped + r.slot, v) else { preconditionFailure("not a list") }
        }
    }

    /// Appends to a list's storage. Room for four at the first append, as CPython's
    /// `list_resize` allocates: growing 1, 2, 4 reallocated a short list (a comprehension's)
    /// at every other item. Then 16 at once: 8 would be a second reallocation for a
    /// comprehension of ten.
    @inline(__always)
    static func append(_ v: Value, to a: inout [Value]) {
        if a.capacity == 0 { a.reserveCapacity(4) } else if a.count == 4 && a.capacity == 4 { a.reserveCapacity(16) }
        a.append(v)
    }

    /// The length of the list at `r`, read in place (0 if it is not a list).
    @inline(__always) func listCount(_ r: ObjectRef) -> Int {
        objects.withUnsafeBufferPointer { buf -> Int in
            if case .list(let a) = buf[r.slot] { return a.count }
            return 0
        }
    }

    /// Item `i` of the list at `r` (in range), read in place.
    @inline(__always) func listItem(_ r: ObjectRef, _ i: Int) -> Value {
        objects.withUnsafeBufferPointer { buf -> Value in
            if case .list(let a) = buf[r.slot] { return a[i] }
            return .none
        }
    }

    // MARK: - Types

    /// The Python type name (`type(x).__name__`) of a value.
    func typeName(_ v: Value) -> String {
        switch v {
        case .none: return "NoneType"
        case .notImplemented: return "NotImplementedType"
        case .ellipsis: return "ellipsis"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .object(let r): return typeName(of: objects[r.slot])
        }
    }

    func typeName(of o: HeapObject) -> String {
        switch o {
        case .free, .moved: return "<freed>"
        case .str: return "str"
        case .bytes: return "bytes"
        case .bytearray: return "bytearray"
        case .bigint: return "int"
        case .complex: return "complex"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .set: return "set"
        case .frozenset: return "frozenset"
        case .range: return "range"
        case .dictView(let v):
            switch v.kind {
            case .keys: return "dict_keys"
            case .values: return "dict_values"
            case .items: return "dict_items"
            }
        case .slice: return "slice"
        case .cell: return "cell"
        case .instance(let i):
            if case .object(let c) = i.cls, case .vm(.type(let k)) = objects[c.slot] { return k.name }
            return "object"
        case .vm(let o): return vmTypeName(o)
        case .iterator(let it): return it.typeName
        }
    }

    /// `id(x)` for a heap object: stable while the object lives, reused after it is freed
    /// (like CPython's addresses). Shaped like a CPython address for familiarity.
    func identity(_ r: ObjectRef) -> Int { 0x7f00_0000_0000 + Int(r.index) * 16 }
}

// MARK: - In-place lookups by str key

extension Heap {
    /// `dict[key]` for a str key read in place (no copy of the table): `.some` when decided
    /// (`.some(nil)` also when `d` is not a dict), nil when only `PyDict.find` can decide.
    func dictLookupStr(_ d: ObjectRef, _ key: Value, hash: Int) -> Value?? {
        objects.withUnsafeBufferPointer { buf -> Value?? in
            guard case .dict(let t) = buf[d.slot] else { return .some(nil) }
            return t.lookupStr(key, hash: hash, objects: buf)
        }
    }

    /// The class of the instance at `r`, or nil if it is not a user instance.
    /// Mutating: the instance is moved out of its slot and back (`HeapObject.withInstance`),
    /// as binding it in place retained and released its attribute table.
    @inline(__always) mutating func instanceClass(_ r: ObjectRef) -> Value? {
        objects.withUnsafeMutableBufferPointer { buf -> Value? in
            HeapObject.instanceClass(buf.baseAddress.unsafelyUnwrapped + r.slot)
        }
    }

    /// The instance's own attribute for a str key, read in place; see `dictLookupStr`.
    mutating func instanceOwnAttribute(_ r: ObjectRef, _ key: Value, hash: Int) -> Value?? {
        objects.withUnsafeMutableBufferPointer { buf -> Value?? in
            HeapObject.instanceOwnAttribute(buf.baseAddress.unsafelyUnwrapped + r.slot, key, hash: hash,
                                            objects: UnsafeBufferPointer(buf))
        }
    }

    /// Moves the instance at `r` out of its slot (leaving `.moved`) without copying its
    /// attribute table; pair with `putBack(r, .instance(...))`.
    mutating func takeInstance(_ r: ObjectRef) -> PyInstance? {
        guard kind(r) == .instance else { return nil }
        guard case .instance(let inst) = moveOut(r) else { preconditionFailure("not an instance") }
        return inst
    }
}

extension Heap {
    /// `instance.key = v` for a str `key`, in place (no copy of the attribute table); false
    /// (nothing changed) when `r` is no instance or a key of another kind shares the hash,
    /// which only `PyDict.find` can decide.
    mutating func instanceSetStr(_ r: ObjectRef, _ key: Value, hash: Int, _ v: Value) -> Bool {
        objects.withUnsafeMutableBufferPointer { buf -> Bool in
            HeapObject.setInstanceAttribute(buf.baseAddress.unsafelyUnwrapped + r.slot, key, hash: hash, v,
                                            objects: UnsafeBufferPointer(buf))
        }
    }
}

extension Heap {
    /// `d[key] = v` in place when the (interned str) key is already there by identity: the
    /// common rebinding of a module global. False (nothing changed) otherwise.
    mutating func dictReplaceExisting(_ d: ObjectRef, _ key: Value, hash: Int, _ v: Value) -> Bool {
        let (replaced, namespace) = objects.withUnsafeMutableBufferPointer { buf -> (Bool, Bool) in
            HeapObject.dictReplaceExisting(buf.baseAddress.unsafelyUnwrapped + d.slot, key, hash: hash, v, intoNamespace: true)
        }
        if replaced && namespace { classEpoch &+= 1 }   // as putDict does
        return replaced
    }
}

extension HeapObject {
    /// `Heap.dictReplaceExisting` on the slot at `p` (the fast loop's `STORE_NAME` has only the
    /// slot): whether the value was replaced, and whether the table is a class namespace
    /// (whose writes bump `classEpoch`, which only `Heap` can do: `intoNamespace` false
    /// leaves a namespace unchanged).
    @inline(__always)
    static func dictReplaceExisting(_ p: UnsafeMutablePointer<HeapObject>, _ key: Value, hash: Int, _ v: Value,
                                    intoNamespace: Bool) -> (replaced: Bool, namespace: Bool) {
        guard case .dict = p.pointee, case .dict(var t) = p.move() else { return (false, false) }
        let namespace = t.isClassNamespace
        var replaced = false
        if intoNamespace || !namespace, let ix = t.indexByIdentity(key, hash: hash) {
            t.entries[ix].value = v
            replaced = true
        }
        p.initialize(to: .dict(t))
        return (replaced, namespace)
    }

    /// `list.append(v)` on the list at `p`, moved out of its slot and back (no retain/release
    /// pair); false (nothing changed) when `p` holds no list.
    /// With `checked`, also false when a list of `Heap.checkedGrowth` items or more is full:
    /// its growth goes through `Heap.appendToList`, which checks the memory limit.
    @inline(__always)
    static func listAppend(_ p: UnsafeMutablePointer<HeapObject>, _ v: Value, checked: Bool = false) -> Bool {
        guard case .list = p.pointee, case .list(var a) = p.move() else { return false }
        if checked && a.count == a.capacity && a.capacity >= Heap.checkedGrowth {
            p.initialize(to: .list(a))
            return false
        }
        Heap.append(v, to: &a)
        p.initialize(to: .list(a))
        return true
    }
}
