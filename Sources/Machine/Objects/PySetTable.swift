/// The hash table of `set`/`frozenset`, laid out and probed exactly like CPython 3.11's
/// (Objects/setobject.c: linear probes of 9, then perturbation; resize at 3/5 full), so
/// iteration order — and so `print({3, 1, 2})` → `{1, 2, 3}` — matches CPython.
struct PySetTable {
    struct Slot {
        var hash: Int
        var key: Value
        /// 0 empty (NULL), 1 active, 2 dummy (deleted).
        var state: UInt8
    }

    static let minSize = 8
    static let linearProbes = 9
    static let empty = Slot(hash: 0, key: .none, state: 0)

    var slots = [Slot](repeating: PySetTable.empty, count: PySetTable.minSize)
    var mask = PySetTable.minSize - 1
    /// Active + dummy slots.
    var fill = 0
    /// Active slots (`len`).
    var used = 0
    /// Where `pop()` resumes.
    var finger = 0

    init() {}

    @inline(__always) var count: Int { used }
    @inline(__always) var isEmpty: Bool { used == 0 }

    /// Active (key, hash) pairs in table order (CPython's iteration order).
    func forEachActive(_ body: (Value, Int) -> Void) {
        for s in slots where s.state == 1 { body(s.key, s.hash) }
    }

    var keys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(used)
        for s in slots where s.state == 1 { out.append(s.key) }
        return out
    }

    /// The slot holding `key`, or nil (`set_lookkey`).
    func find<R: Runtime>(_ key: Value, hash: Int, rt: inout R) throws(PyError) -> Int? {
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            var probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            var j = i
            while true {
                let s = slots[j]
                if s.state == 0 { return nil }
                if s.state == 1 && s.hash == hash {
                    if s.key.isIdentical(to: key) { return j }
                    if try rt.equal(s.key, key) { return j }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    func contains<R: Runtime>(_ key: Value, hash: Int, rt: inout R) throws(PyError) -> Bool {
        try find(key, hash: hash, rt: &rt) != nil
    }

    /// `set_add_entry`: adds `key` unless present; reuses the last dummy slot probed.
    mutating func add<R: Runtime>(_ key: Value, hash: Int, rt: inout R) throws(PyError) {
        if (fill + 1) * 5 >= mask * 3 && slots.count >= Heap.checkedGrowth {
            // The resize below makes a table of up to four times the used slots.
            let bytes = MemoryLayout<Slot>.stride
            try rt.heap.reserve(count: slots.count &* 4, of: bytes)
            rt.heap.charge(slots.count &* bytes)
        }
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        var freeSlot = -1
        while true {
            var probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            var j = i
            while true {
                let s = slots[j]
                if s.state == 2 { freeSlot = j } // CPython keeps the last dummy seen
                if s.state == 0 {
                    if freeSlot >= 0 {
                        slots[freeSlot] = Slot(hash: hash, key: key, state: 1)
                        used += 1
                        return
                    }
                    slots[j] = Slot(hash: hash, key: key, state: 1)
                    fill += 1
                    used += 1
                    if fill * 5 >= mask * 3 { resize(used > 50_000 ? used * 2 : used * 4) }
                    return
                }
                if s.state == 1 && s.hash == hash {
                    if s.key.isIdentical(to: key) { return }
                    if try rt.equal(s.key, key) { return }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// `set_insert_clean`: a key known absent into a table without dummies.
    private static func insertClean(_ table: inout [Slot], _ mask: Int, _ key: Value, _ hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            if table[i].state == 0 { table[i] = Slot(hash: hash, key: key, state: 1); return }
            if i + linearProbes <= mask {
                for j in 1...linearProbes where table[i + j].state == 0 {
                    table[i + j] = Slot(hash: hash, key: key, state: 1)
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// `set_table_resize`.
    mutating func resize(_ minUsed: Int) {
        var newSize = Self.minSize
        while newSize <= minUsed { newSize <<= 1 }
        let old = slots
        slots = [Slot](repeating: Self.empty, count: newSize)
        mask = newSize - 1
        fill = used
        for s in old where s.state == 1 { Self.insertClean(&slots, mask, s.key, s.hash) }
    }

    /// `set_discard_entry`: true if the key was there.
    mutating func discard<R: Runtime>(_ key: Value, hash: Int, rt: inout R) throws(PyError) -> Bool {
        guard let j = try find(key, hash: hash, rt: &rt) else { return false }
        slots[j] = Slot(hash: -1, key: .none, state: 2)
        used -= 1
        return true
    }

    /// `set.pop()`: CPython's finger scan.
    mutating func pop() -> Value? {
        guard used > 0 else { return nil }
        var j = finger & mask
        while slots[j].state != 1 { j += 1; if j > mask { j = 0 } }
        let k = slots[j].key
        slots[j] = Slot(hash: -1, key: .none, state: 2)
        used -= 1
        finger = j + 1
        return k
    }

    mutating func removeAll() { self = PySetTable() }

    /// `set_merge`: adds every key of `other` (a set), with CPython's fast paths.
    mutating func merge<R: Runtime>(_ other: PySetTable, rt: inout R) throws(PyError) {
        if other.used == 0 { return }
        if (fill + other.used) * 5 >= mask * 3 { resize((used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            slots = other.slots
            fill = other.fill
            used = other.used
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            for s in other.slots where s.state == 1 { Self.insertClean(&slots, mask, s.key, s.hash) }
            return
        }
        for s in other.slots where s.state == 1 { try add(s.key, hash: s.hash, rt: &rt) }
    }

    /// Adds the keys of a dict (CPython presizes for dicts).
    mutating func merge<R: Runtime>(dict: PyDict, rt: inout R) throws(PyError) {
        if (fill + dict.count) * 5 >= mask * 3 { resize((used + dict.count) * 2) }
        for e in dict.entries where e.hash != -1 { try add(e.key, hash: e.hash, rt: &rt) }
    }

    /// True when every key of `self` is in `other`.
    func isSubset<R: Runtime>(of other: PySetTable, rt: inout R) throws(PyError) -> Bool {
        if used > other.used { return false }
        for s in slots where s.state == 1 {
            if try !other.contains(s.key, hash: s.hash, rt: &rt) { return false }
        }
        return true
    }
}
