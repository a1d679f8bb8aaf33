import BigInt

/// The virtual world's memory limit (Docs/DECISIONS.md, "Memory is bounded").
///
/// The heap keeps an account of the bytes it holds: measured over the live objects at each
/// collection, plus what large allocations and container growth charged since. Work that
/// could allocate much (repetition, joins, formats with huge widths, big-int results,
/// materialised ranges, growing a list, dict or set past `checkedGrowth` items) asks
/// `reserve` first and gets CPython's `MemoryError` instead of a Swift allocation failure;
/// the interpreter loop raises it too when a collection finds the account over the limit.
/// Garbage not yet collected counts, so charges past `collectAfterBytes` make a collection
/// due at the next instruction boundary.
extension Heap {
    /// The default limit: 1 GiB of heap accounting (`RunOptions.memoryLimit`).
    static let defaultMemoryLimit = RunOptions.defaultMemoryLimit
    /// A collection is due once this many bytes (or a quarter of the live bytes, if more) were
    /// charged since the last one, whatever the allocation count.
    static let collectAfterBytes = 32 << 20
    /// Containers grow without asking `reserve` until they hold this many items: their growth
    /// is small, and the interpreter's fast paths append to them in place.
    static let checkedGrowth = 1024
    /// What `charge` sets `allocationsSinceCollect` to when a collection is due by bytes: far
    /// above any threshold, far below overflow.
    static let collectionDue = 1 << 48

    /// MemoryError unless `bytes` more fit under the limit. Charges nothing: the allocation
    /// that follows does (`newStr`, `newList`, ..., `charge`).
    @inline(__always)
    func reserve(bytes: Int) throws(PyError) {
        if bytes > memoryLimit &- bytesInUse { throw .memory("") }
    }

    /// `reserve` for `count` items of `size` bytes (a product that overflows is too much too).
    @inline(__always)
    func reserve(count: Int, of size: Int) throws(PyError) {
        let (bytes, overflow) = Swift.max(0, count).multipliedReportingOverflow(by: size)
        if overflow { throw .memory("") }
        try reserve(bytes: bytes)
    }

    /// Adds `bytes` to the account: one allocation toward the next collection per KiB (2,000
    /// dead lists of 100,000 items each held 1.6 GB while collections were due by count
    /// alone), and a collection due at once past `collectAtBytes`.
    @inline(__always)
    mutating func charge(_ bytes: Int) {
        bytesInUse &+= bytes
        allocationsSinceCollect &+= bytes >> 10
        if bytesInUse > collectAtBytes { allocationsSinceCollect = Swift.max(allocationsSinceCollect, Heap.collectionDue) }
    }

    /// True when the account is over the limit (the interpreter then raises MemoryError).
    var isOverMemoryLimit: Bool { bytesInUse > memoryLimit }

    /// Re-measures the account after a collection and sets the next byte trigger.
    mutating func measureAfterCollection() {
        bytesInUse = measuredBytes()
        collectAtBytes = bytesInUse &+ Swift.max(Heap.collectAfterBytes, bytesInUse / 4)
    }

    /// The bytes the heap's objects hold: the slot table plus each payload's storage (array
    /// capacities, string bytes, big-int words). Objects of the interpreter's own kinds
    /// (functions, classes, frames) count as their slot only.
    func measuredBytes() -> Int {
        var total = objects.capacity &* MemoryLayout<HeapObject>.stride
        let value = MemoryLayout<Value>.stride
        objects.withUnsafeBufferPointer { buf in
            for object in buf {
                switch object {
                case .str(let s):
                    total &+= s.value.utf8.count &+ (s.scalars?.capacity ?? 0) &* 4
                case .bytes(let b), .bytearray(let b):
                    total &+= b.capacity
                case .bigint(let b):
                    total &+= Heap.bigIntBytes(b)
                case .list(let a), .tuple(let a):
                    total &+= a.capacity &* value
                case .dict(let d):
                    total &+= d.storageBytes
                case .instance(let i):
                    total &+= i.attributes.storageBytes
                case .set(let t), .frozenset(let t):
                    total &+= t.slots.capacity &* MemoryLayout<PySetTable.Slot>.stride
                case .vm(.iterator(.items(let a, _, _))):
                    total &+= a.capacity &* value
                default:
                    break
                }
            }
        }
        return total
    }

    /// `list.append(v)` checked against the memory limit: MemoryError (nothing appended)
    /// when a list of `checkedGrowth` items or more must grow past it.
    mutating func appendToList(_ r: ObjectRef, _ v: Value) throws(PyError) {
        let (count, capacity) = objects.withUnsafeBufferPointer { buf -> (Int, Int) in
            if case .list(let a) = buf[r.slot] { return (a.count, a.capacity) }
            return (0, 0)
        }
        if count == capacity && capacity >= Heap.checkedGrowth {
            try reserve(count: capacity &* 2, of: MemoryLayout<Value>.stride)
            charge(capacity &* MemoryLayout<Value>.stride)
        }
        listAppend(r, v)
    }

    /// The capacity of the list at `r`, read in place (0 if it is not a list).
    func listCapacity(_ r: ObjectRef) -> Int {
        objects.withUnsafeBufferPointer { buf -> Int in
            if case .list(let a) = buf[r.slot] { return a.capacity }
            return 0
        }
    }

    /// The bytes of a big int's magnitude.
    static func bigIntBytes(_ b: BigInt) -> Int { (b.magnitude.bitWidth &+ 7) / 8 }

    /// `reserve` for a list, dict or set of `count` items that is about to grow by `adding`
    /// items, when growing reallocates: Swift arrays double, so the new storage is about
    /// twice the old (`itemBytes` each). Small containers are not checked.
    @inline(__always)
    func reserveGrowth(count: Int, capacity: Int, adding: Int, itemBytes: Int) throws(PyError) {
        guard count &+ adding > capacity, capacity >= Heap.checkedGrowth || adding >= Heap.checkedGrowth else { return }
        try reserve(count: Swift.max(capacity &* 2, count &+ adding), of: itemBytes)
    }
}

extension PyDict {
    /// Bytes of the entries and index arrays.
    var storageBytes: Int {
        entries.capacity &* MemoryLayout<Entry>.stride &+ indices.capacity &* MemoryLayout<Int32>.stride
    }

    /// MemoryError when adding one key would grow a large table past the memory limit;
    /// else the growth is charged to `heap`.
    func reserveInsert(_ heap: inout Heap) throws(PyError) {
        guard insertGrowsLarge else { return }
        let itemBytes = MemoryLayout<Entry>.stride + 2 * MemoryLayout<Int32>.stride
        try heap.reserve(count: entries.capacity &* 2, of: itemBytes)
        heap.charge(entries.capacity &* itemBytes)
    }

    /// True when adding one key reallocates a table of `Heap.checkedGrowth` entries or more
    /// (the fast paths then leave the store to `set`, which checks the memory limit).
    var insertGrowsLarge: Bool { entries.count == entries.capacity && entries.capacity >= Heap.checkedGrowth }
}
