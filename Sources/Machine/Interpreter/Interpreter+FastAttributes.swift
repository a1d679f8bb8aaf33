import PyLang

/// The fast loop's attribute instructions: `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD` on an
/// instance of a user class, done in place when the class's answer for the name is already in
/// the method cache (`Heap.mroCache`), as CPython 3.11's specialised forms are
/// (`LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_VALUES`).
/// Each one decides exactly as `getAttrOrNil`, `setAttr` and `methodForCall` would; anything
/// else (a property, a cache miss, a custom `__setattr__`, an attribute found only on the
/// class, a key only `__eq__` can match) returns false untouched, and `dispatch` takes it
/// (and fills the cache). Leaving the fast loop for each attribute cost ~600 instructions.
extension Interp {
    /// What the fast loop reads of the method cache: its entries and the epoch they must have.
    struct ClassLookup {
        let entries: UnsafePointer<Heap.MROCacheEntry>
        let epoch: Int
        /// The interned `'__setattr__'`, or nil before `knownKey` made it.
        let setattrKey: ObjectRef?

        /// `lookupInMRO(cls, key)` as cached: `.some(result)`, or nil when not cached.
        @inline(__always) func cached(_ cls: ObjectRef, _ name: ObjectRef) -> Value?? {
            let e = entries[Heap.mroCacheSlot(cls: cls, name: name)]
            guard e.cls == cls.index && e.name == name.index && e.epoch == epoch else { return nil }
            return .some(e.value)
        }
    }

    /// `LOAD_ATTR`, `STORE_ATTR` or `LOAD_METHOD` of a user instance on frame `f`, in place;
    /// false (nothing changed) when `dispatch` must decide. Out of line, as `storeNameInPlace`.
    @inline(never)
    static func attributeInPlace(_ ins: Instruction, _ f: UnsafeMutablePointer<Frame>,
                                 _ heap: UnsafeMutablePointer<HeapObject>, _ classes: ClassLookup) -> Bool {
        let index: Int
        switch ins {
        case .loadAttr(let i), .storeAttr(let i), .loadMethod(let i): index = Int(i)
        default: return false
        }
        let n = f.pointee.stack.count
        guard n >= 1, index < f.pointee.names.count, case .object(let kr) = f.pointee.names[index],
              case .object(let r)? = f.pointee.stack[n - 1],
              case .object(let cr)? = HeapObject.instanceClass(heap + r.slot),
              case .some(let found) = classes.cached(cr, kr) else { return false }
        let hash = heap[kr.slot].cachedStrHash
        guard hash != -1 else { return false }
        // A property on the class wins over the instance's own attribute, both ways.
        if case .object(let d)? = found, case .vm(.property) = heap[d.slot] { return false }
        let key = f.pointee.names[index]
        let objects = UnsafeBufferPointer(start: UnsafePointer(heap), count: Int(Int32.max))
        switch ins {
        case .loadAttr:
            // The instance's own attribute; one found only on the class is bound by `dispatch`.
            guard case .some(let v?) = HeapObject.instanceOwnAttribute(heap + r.slot, key, hash: hash, objects: objects) else {
                return false
            }
            f.pointee.stack[n - 1] = v
        case .loadMethod:
            // A plain function of the class, or a native method of an engine type's class (an
            // unbound `.native`), not shadowed by an attribute of the instance.
            guard case .object(let mr)? = found, HeapObject.isMethodForCall(heap + mr.slot),
                  case .some(nil) = HeapObject.instanceOwnAttribute(heap + r.slot, key, hash: hash, objects: objects) else {
                return false
            }
            f.pointee.stack[n - 1] = found
            f.pointee.stack.append(.object(r))
        default:
            // `object.__setattr__`: a `__setattr__` of the class's own runs its frame.
            guard n >= 2, let setattr = classes.setattrKey, case .some(let custom) = classes.cached(cr, setattr) else { return false }
            if case .object(let sr)? = custom {
                guard case .vm(.native) = heap[sr.slot] else { return false }
            }
            // A name without a slot on a `__slots__` class: `setAttr` raises.
            if found == nil, case .vm(.type(let c)) = heap[cr.slot], c.slotsOnly { return false }
            guard HeapObject.setInstanceAttribute(heap + r.slot, key, hash: hash, f.pointee.stack[n - 2] ?? Value.none,
                                                  objects: objects) else { return false }
            f.pointee.stack.removeLast()   // `removeLast(2)` went through `replaceSubrange`
            f.pointee.stack.removeLast()
        }
        return true
    }
}

extension HeapObject {
    /// Whether the class attribute at `p` is what LOAD_METHOD pushes unbound: a Python
    /// function or an unbound native.
    @inline(__always) static func isMethodForCall(_ p: UnsafeMutablePointer<HeapObject>) -> Bool {
        switch p.pointee {
        case .vm(.function): return true
        case .vm(.native(let i, nil)): return Natives.bindsAsMethod[i]
        default: return false
        }
    }

    /// The class of the user instance at `p`; nil for every other object. Moved out and back:
    /// binding the payload in place retained and released its attribute table.
    @inline(__always) static func instanceClass(_ p: UnsafeMutablePointer<HeapObject>) -> Value? {
        withInstance(p) { $0.cls }
    }

    /// Runs `body` on the attribute table of the instance at `p`, moved out of its slot and
    /// back (a borrowed read retained and released the table's buffers); nil when `p` holds
    /// no instance. The slot holds `.moved` meanwhile, as the table's keys are read from the
    /// same heap.
    @inline(__always)
    static func withInstanceAttributes<R>(_ p: UnsafeMutablePointer<HeapObject>, _ body: (inout PyDict) -> R) -> R? {
        withInstance(p) { body(&$0.attributes) }
    }

    /// Runs `body` on the instance at `p`, moved out of its slot and back (see
    /// `withInstanceAttributes`); nil when `p` holds no instance.
    @inline(__always)
    static func withInstance<R>(_ p: UnsafeMutablePointer<HeapObject>, _ body: (inout PyInstance) -> R) -> R? {
        guard case .instance = p.pointee, case .instance(var inst) = p.move() else { return nil }
        p.initialize(to: .moved)
        let result = body(&inst)
        p.initialize(to: .instance(inst))   // over `.moved`, which holds nothing to destroy
        return result
    }

    /// The instance's own attribute for the str `key`, read in place: `.some(value)`,
    /// `.some(nil)` when certainly absent, nil when only `PyDict.find` can decide (or `p` holds
    /// no instance). Shared by `Heap.instanceOwnAttribute` and the fast loop.
    @inline(__always)
    static func instanceOwnAttribute(_ p: UnsafeMutablePointer<HeapObject>, _ key: Value, hash: Int,
                                     objects: UnsafeBufferPointer<HeapObject>) -> Value?? {
        withInstanceAttributes(p) { t in t.lookupStr(key, hash: hash, objects: objects) } ?? nil
    }

    /// Sets the instance's own attribute for the str `key` (`Heap.instanceSetStr` on a slot);
    /// false (nothing changed) when only `PyDict.find` can place the key.
    @inline(__always)
    static func setInstanceAttribute(_ p: UnsafeMutablePointer<HeapObject>, _ key: Value, hash: Int, _ v: Value,
                                     objects: UnsafeBufferPointer<HeapObject>) -> Bool {
        withInstanceAttributes(p) { $0.setScalar(key, v, hash: hash, objects: objects) } ?? false
    }
}
