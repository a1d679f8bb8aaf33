/// An insertion-ordered hash table with Python key semantics, laid out like CPython's compact
/// dict (Objects/dictobject.c): a dense `entries` array in insertion order plus a sparse
/// open-addressing `indices` table.
///
/// A table of CPython's minimum size (8 slots, at most `smallCapacity` entries) with no
/// deleted entry has no index array: lookups scan the few entries instead (see `indices`).
/// Most dicts are that small and never lose a key (instance attributes, keyword arguments),
/// and the index array was a third of the cost of making one. Keys with equal hashes are
/// still compared in CPython's order: same-hash keys share one probe sequence, which visits
/// them in insertion order until a deletion leaves a slot a later key may take; so the first
/// deletion builds the index array.
///
/// Hashing and equality of keys go through a `Runtime` (`rt.hash`, `rt.equal`), so user
/// `__hash__`/`__eq__` work; identical keys (same int, same object) match without a call.
/// Callers take the table out of the heap (`Heap.takeDict`) before calling a mutating method
/// with the runtime, and put it back after, so the table is uniquely referenced (no copy).
struct PyDict {
    struct Entry {
        /// The key's hash; -1 marks a deleted entry (Python hashes are never -1).
        var hash: Int
        var key: Value
        var value: Value
    }

    var entries: [Entry] = []
    /// Sparse index table (power-of-two size): -1 empty, -2 deleted, else an entry index.
    /// Empty while the table is small and has lost no key: then `entries` (at most
    /// `smallCapacity`, all live) are scanned in order.
    var indices: [Int32] = []
    /// Entries a table of CPython's minimum size (8 slots) holds before it is resized
    /// (`USABLE_FRACTION(8)`); also where a small table stops being scanned.
    static let smallCapacity = 5
    /// Number of live entries (`len`).
    private(set) var count = 0
    /// Set for class namespaces: writing one back to the heap bumps `Heap.classEpoch`.
    var isClassNamespace = false
    /// Bumped by every key added, never reset: a table whose version is unchanged has gained
    /// no key (the builtin cache's proof that the globals still lack a name, as CPython's
    /// dict keys versions).
    /// 32 bits, packed beside the flag so the table does not grow a word; wrapping around
    /// takes 2**32 new keys, more than a run's step budget allows.
    private(set) var keysVersion: UInt32 = 0

    init() {}

    @inline(__always) var isEmpty: Bool { count == 0 }

    /// The slots of `indices` a key with `hash` visits, in CPython's order (dictobject.c:
    /// `i = i*5 + perturb + 1`, `perturb >>= 5`). Every lookup and insert walks this sequence.
    struct Probe {
        let mask: Int
        var perturb: UInt
        /// The slot to look at now.
        var slot: Int

        @inline(__always) init(hash: Int, tableSize: Int) {
            mask = tableSize - 1
            perturb = UInt(bitPattern: hash)
            slot = hash & mask
        }

        @inline(__always) mutating func next() {
            perturb >>= 5
            slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    // MARK: - Iteration

    func forEachLive(_ body: (Value, Value) -> Void) {
        for e in entries where e.hash != -1 { body(e.key, e.value) }
    }

    func forEachLiveHash(_ body: (Int) -> Void) {
        for e in entries where e.hash != -1 { body(e.hash) }
    }

    /// Live keys in insertion order.
    var keys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries where e.hash != -1 { out.append(e.key) }
        return out
    }

    var values: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries where e.hash != -1 { out.append(e.value) }
        return out
    }

    /// The live entry at or after `position` in `entries` (for iterators that survive
    /// mutation checks done by the interpreter): returns the entry index or nil.
    func nextLive(from position: Int) -> Int? {
        var i = position
        while i < entries.count {
            if entries[i].hash != -1 { return i }
            i += 1
        }
        return nil
    }

    // MARK: - Lookup

    /// Finds `key` (with precomputed `hash`): the entry index, or nil.
    func find<R: Runtime>(_ key: Value, hash: Int, rt: inout R) throws(PyError) -> Int? {
        if indices.isEmpty {
            // The hash first: a miss then costs a compare an entry.
            for ix in entries.indices where entries[ix].hash == hash {
                if try matches(ix, key, hash: hash, rt: &rt) { return ix }
            }
            return nil
        }
        var probe = Probe(hash: hash, tableSize: indices.count)
        while true {
            let ix = Int(indices[probe.slot])
            if ix == -1 { return nil }
            if ix >= 0, try matches(ix, key, hash: hash, rt: &rt) { return ix }
            probe.next()
        }
    }

    /// Whether live entry `ix` holds `key` (CPython's identity, hash, then `__eq__` test).
    @inline(__always)
    private func matches<R: Runtime>(_ ix: Int, _ key: Value, hash: Int, rt: inout R) throws(PyError) -> Bool {
        let e = entries[ix]
        if e.key.isIdentical(to: key) { return e.hash != -1 }
        guard e.hash == hash else { return false }
        // Fast path for str keys (CPython's `unicode_eq` shortcut): no hook call.
        if case .object(let a) = e.key, case .object(let b) = key,
           let same = rt.heap.objects[a.slot].sameStr(as: rt.heap.objects[b.slot]) {
            return same
        }
        return try rt.equal(e.key, key)
    }

    /// Lookup of a str `key` (hash `hash`) that needs no runtime: `.some(value)` or
    /// `.some(nil)` when decided, nil when a key of another kind has the same hash (then only
    /// `find`, which may call `__eq__`, can decide). `objects` is the heap's table.
    @inline(__always)
    func lookupStr(_ key: Value, hash: Int, objects: UnsafeBufferPointer<HeapObject>) -> Value?? {
        guard let found = strIndex(key, hash: hash, objects: objects) else { return nil }
        guard let ix = found else { return .some(nil) }
        return .some(entries[ix].value)
    }

    /// The entry index of a str `key`, decided as `lookupStr` decides: `.some(index)`,
    /// `.some(nil)` when absent, nil when only `find` can tell. Inlined: it is an instance
    /// attribute's lookup, and out of line it cost ~50 instructions a call more.
    @inline(__always)
    func strIndex(_ key: Value, hash: Int, objects: UnsafeBufferPointer<HeapObject>) -> Int?? {
        guard case .object(let kr) = key else { return entries.isEmpty ? .some(nil) : nil }
        return index(hash: hash, StrKey(key: key, ref: kr, objects: objects))
    }

    /// The entry index of an int or str `key`, decided as `strIndex` decides (an int key is
    /// undecided when an entry of another kind shares its hash: `True`, `1.0`, an object
    /// with `__eq__`).
    func scalarIndex(_ key: Value, hash: Int, objects: UnsafeBufferPointer<HeapObject>) -> Int?? {
        guard case .int(let n) = key else { return strIndex(key, hash: hash, objects: objects) }
        return index(hash: hash, IntKey(value: n))
    }

    /// Whether a live entry with the key's hash holds the key, decided without the runtime;
    /// nil when only `__eq__` could tell.
    private protocol KeyMatch {
        func matches(_ key: Value) -> Bool?
    }

    /// A str key at `ref`: identity, else equal text (`sameStr`; nil for a non-str entry).
    private struct StrKey: KeyMatch {
        let key: Value, ref: ObjectRef, objects: UnsafeBufferPointer<HeapObject>
        @inline(__always) func matches(_ k: Value) -> Bool? {
            if k.isIdentical(to: key) { return true }
            guard case .object(let ek) = k else { return nil }
            return objects[ek.slot].sameStr(as: objects[ref.slot])
        }
    }

    /// An int key: another int is equal only if identical; any other kind is undecided.
    private struct IntKey: KeyMatch {
        let value: Int
        @inline(__always) func matches(_ k: Value) -> Bool? {
            if case .int(let m) = k { return m == value }
            return nil
        }
    }

    /// The index of the entry `key` matches among the live entries with `hash`, visited in
    /// CPython's order: `.some(index)`, `.some(nil)` when none does, nil as soon as an entry
    /// is undecided. Generic, not a closure, so each caller gets its own inlined loop.
    @inline(__always)
    private func index<K: KeyMatch>(hash: Int, _ key: K) -> Int?? {
        if indices.isEmpty {
            // The hash first: a miss then costs a compare an entry.
            return entries.withUnsafeBufferPointer { es -> Int?? in
                for ix in 0..<es.count where es[ix].hash == hash {
                    guard let found = key.matches(es[ix].key) else { return nil }
                    if found { return .some(ix) }
                }
                return .some(nil)
            }
        }
        var probe = Probe(hash: hash, tableSize: indices.count)
        while true {
            let ix = Int(indices[probe.slot])
            if ix == -1 { return .some(nil) }
            if ix >= 0 && entries[ix].hash == hash {
                guard let found = key.matches(entries[ix].key) else { return nil }
                if found { return .some(ix) }
            }
            probe.next()
        }
    }

    /// `d[key] = value` for an int or str `key` when `scalarIndex` decides it without the
    /// runtime: an existing entry keeps its key and position, a new one is appended. False
    /// (nothing changed) when only `set`, which may call `__eq__`, can place the key.
    /// Inlined, as `strIndex`: it is an instance attribute's store.
    @inline(__always)
    mutating func setScalar(_ key: Value, _ value: Value, hash: Int, objects: UnsafeBufferPointer<HeapObject>) -> Bool {
        guard let found = scalarIndex(key, hash: hash, objects: objects) else { return false }
        if let ix = found {
            entries[ix].value = value
        } else {
            // A large table's growth is `set`'s, which checks the memory limit.
            if insertGrowsLarge { return false }
            insertNew(key, value, hash: hash)
        }
        return true
    }

    /// The entry index of a str `key` present by identity (an interned key), or nil.
    func indexByIdentity(_ key: Value, hash: Int) -> Int? {
        if indices.isEmpty {
            return entries.withUnsafeBufferPointer { es -> Int? in
                for ix in 0..<es.count where es[ix].hash == hash && es[ix].key.isIdentical(to: key) { return ix }
                return nil
            }
        }
        // Unchecked reads: probe slots are masked to the table and its indices name entries.
        return indices.withUnsafeBufferPointer { table -> Int? in
            entries.withUnsafeBufferPointer { es -> Int? in
                var probe = Probe(hash: hash, tableSize: table.count)
                while true {
                    let ix = Int(table[probe.slot])
                    if ix == -1 { return nil }
                    if ix >= 0 && es[ix].key.isIdentical(to: key) { return ix }
                    probe.next()
                }
            }
        }
    }

    /// The value for `key`, or nil.
    func get<R: Runtime>(_ key: Value, rt: inout R) throws(PyError) -> Value? {
        let h = try rt.hash(key)
        guard let ix = try find(key, hash: h, rt: &rt) else { return nil }
        return entries[ix].value
    }

    func contains<R: Runtime>(_ key: Value, rt: inout R) throws(PyError) -> Bool {
        let h = try rt.hash(key)
        return try find(key, hash: h, rt: &rt) != nil
    }

    // MARK: - Mutation

    /// `d[key] = value`. An existing key keeps its position and its original key object.
    mutating func set<R: Runtime>(_ key: Value, _ value: Value, rt: inout R) throws(PyError) {
        let h = try rt.hash(key)
        try set(key, value, hash: h, rt: &rt)
    }

    mutating func set<R: Runtime>(_ key: Value, _ value: Value, hash h: Int, rt: inout R) throws(PyError) {
        if let ix = try find(key, hash: h, rt: &rt) {
            entries[ix].value = value
            return
        }
        try reserveInsert(&rt.heap)
        insertNew(key, value, hash: h)
    }

    /// Appends a key known to be absent.
    mutating func insertNew(_ key: Value, _ value: Value, hash h: Int) {
        keysVersion &+= 1
        if indices.isEmpty {
            if entries.count >= PyDict.smallCapacity { rebuild(minimumCount: count + 1) }
        } else if (entries.count + 1) * 3 >= indices.count * 2 {
            rebuild(minimumCount: count + 1)
        }
        if !indices.isEmpty {
            var probe = Probe(hash: h, tableSize: indices.count)
            while indices[probe.slot] >= 0 { probe.next() }
            indices[probe.slot] = Int32(entries.count)
        }
        // Two entries first (an instance's attributes), then room for a whole small table: a
        // dict of five grew 2, 4, 8, two reallocations where CPython's minimum table has none.
        if entries.capacity == 0 {
            entries.reserveCapacity(2)
        } else if entries.count == 2 && entries.capacity == 2 {
            entries.reserveCapacity(PyDict.smallCapacity)
        }
        entries.append(Entry(hash: h, key: key, value: value))
        count += 1
    }

    /// Removes `key`; returns its value, or nil if absent.
    @discardableResult
    mutating func remove<R: Runtime>(_ key: Value, rt: inout R) throws(PyError) -> Value? {
        let h = try rt.hash(key)
        guard let ix = try find(key, hash: h, rt: &rt) else { return nil }
        return removeEntry(ix)
    }

    /// Removes the live entry at `ix`, returning its value.
    mutating func removeEntry(_ ix: Int) -> Value {
        let e = entries[ix]
        if indices.isEmpty { buildIndex(size: 8) }
        var probe = Probe(hash: e.hash, tableSize: indices.count)
        while Int(indices[probe.slot]) != ix { probe.next() }
        indices[probe.slot] = -2
        entries[ix] = Entry(hash: -1, key: .none, value: .none)
        count -= 1
        if count == 0 { entries.removeAll(keepingCapacity: true); indices = [] }
        return e.value
    }

    /// `popitem()`: the last inserted (key, value), or nil when empty.
    mutating func popLast() -> (Value, Value)? {
        guard count > 0 else { return nil }
        var ix = entries.count - 1
        while entries[ix].hash == -1 { ix -= 1 }
        let k = entries[ix].key
        let v = removeEntry(ix)
        while let last = entries.last, last.hash == -1 { entries.removeLast() }
        return (k, v)
    }

    /// The first live (key, value) — `set.pop()` takes this one.
    mutating func popFirst() -> (Value, Value)? {
        guard let ix = nextLive(from: 0) else { return nil }
        let k = entries[ix].key
        return (k, removeEntry(ix))
    }

    mutating func removeAll() {
        entries = []
        indices = []
        count = 0
    }

    /// Compacts entries and sizes the index table for `minimumCount` live entries.
    private mutating func rebuild(minimumCount: Int) {
        if entries.count != count { entries.removeAll { $0.hash == -1 } }
        var size = 8
        while size * 2 < minimumCount * 3 + 1 { size <<= 1 }
        if size < indices.count && entries.count == count && indices.count * 2 >= (minimumCount) * 3 {
            size = indices.count
        }
        buildIndex(size: size)
    }

    /// Fills a new index table of `size` slots with the entries, as inserting them in order
    /// would (so a small table gets CPython's layout when it first needs one).
    private mutating func buildIndex(size: Int) {
        indices = [Int32](repeating: -1, count: size)
        for (n, e) in entries.enumerated() {
            var probe = Probe(hash: e.hash, tableSize: size)
            while indices[probe.slot] != -1 { probe.next() }
            indices[probe.slot] = Int32(n)
        }
    }
}
