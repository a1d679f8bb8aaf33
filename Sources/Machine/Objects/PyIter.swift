/// Iterators over built-in containers (`iter(x)`, `FOR_ITER`), with CPython's live views:
/// a list iterator sees appends, a dict or set iterator raises if the size changes.
struct PyIter {
    enum Source {
        /// list, tuple, str or bytes at the ref, by position.
        case sequence(ObjectRef)
        case range(start: Int, step: Int, count: Int)
        case dict(ObjectRef, DictView.Kind, size: Int)
        case set(ObjectRef, size: Int)
        case exhausted
    }

    var source: Source
    /// Next position (entry index for dicts, slot index for sets).
    var position = 0
    /// The type name CPython reports (`list_iterator`, `dict_keyiterator`, ...).
    var typeName: String
    /// For dicts, items left to give (dictobject.c `di_len`): one more is a key change.
    var remaining = 0
}

extension Runtime {
    /// `iter(v)` for built-in iterables; nil when the interpreter must call `__iter__`.
    /// Throws TypeError `'int' object is not iterable` for values that cannot be iterated.
    mutating func makeIterator(_ v: Value) throws(PyError) -> Value? {
        guard case .object(let r) = v else {
            throw .typeError("'\(heap.typeName(v))' object is not iterable")
        }
        let object = heap.objects[r.slot]
        let it: PyIter
        switch object {
        case .list: it = PyIter(source: .sequence(r), typeName: "list_iterator")
        case .tuple: it = PyIter(source: .sequence(r), typeName: "tuple_iterator")
        case .str(let s): it = PyIter(source: .sequence(r), typeName: s.isASCII ? "str_ascii_iterator" : "str_iterator")
        case .bytes: it = PyIter(source: .sequence(r), typeName: "bytes_iterator")
        case .bytearray: it = PyIter(source: .sequence(r), typeName: "bytearray_iterator")
        case .range(let rg):
            it = PyIter(source: .range(start: rg.start, step: rg.step, count: rg.count), typeName: "range_iterator")
        case .dict(let d): it = PyIter(source: .dict(r, .keys, size: d.count), typeName: "dict_keyiterator", remaining: d.count)
        case .dictView(let view):
            guard case .dict(let d) = heap.objects[view.dict.slot] else { return nil }
            let name: String
            switch view.kind {
            case .keys: name = "dict_keyiterator"
            case .values: name = "dict_valueiterator"
            case .items: name = "dict_itemiterator"
            }
            it = PyIter(source: .dict(view.dict, view.kind, size: d.count), typeName: name, remaining: d.count)
        case .set(let t), .frozenset(let t): it = PyIter(source: .set(r, size: t.count), typeName: "set_iterator")
        case .iterator: return v
        case .bigint, .complex, .slice, .cell:
            throw .typeError("'\(heap.typeName(v))' object is not iterable")
        case .free, .moved, .instance, .vm:
            return nil
        }
        return .object(heap.alloc(.iterator(it)))
    }

    /// `next(it)` for an iterator made by `makeIterator`: the next value, or nil when
    /// exhausted (StopIteration). Exhausted iterators drop their container reference.
    mutating func iteratorNext(_ itRef: ObjectRef) throws(PyError) -> Value? {
        guard case .iterator(var it) = heap.objects[itRef.slot] else { return nil }
        var result: Value?
        switch it.source {
        case .exhausted: return nil
        case .sequence(let r):
            let i = it.position
            let object = heap.objects[r.slot]
            switch object {
            case .list(let a), .tuple(let a): if i < a.count { result = a[i] }
            case .bytes(let b), .bytearray(let b): if i < b.count { result = .int(Int(b[i])) }
            case .str(let s):
                if i < s.count {
                    if s.isASCII {
                        let u = s.value.utf8
                        result = heap.newStr(String(UnicodeScalar(u[u.index(u.startIndex, offsetBy: i)])))
                    } else {
                        result = heap.newStr(String(heap.strScalars(r)[i]))
                    }
                }
            default: break
            }
            it.position += 1
        case .range(let start, let step, let count):
            if it.position < count { result = .int(start + it.position * step) }
            it.position += 1
        case .dict(let r, let kind, let size):
            guard case .dict(let d) = heap.objects[r.slot] else { break }
            if d.count != size {
                it.source = .exhausted
                heap.objects[itRef.slot] = .iterator(it)
                throw .runtime("dictionary changed size during iteration")
            }
            if let ix = d.nextLive(from: it.position) {
                if it.remaining <= 0 {
                    // A key deleted and another added: the size is the same, the keys are not.
                    it.source = .exhausted
                    heap.objects[itRef.slot] = .iterator(it)
                    throw .runtime("dictionary keys changed during iteration")
                }
                it.remaining -= 1
                let e = d.entries[ix]
                switch kind {
                case .keys: result = e.key
                case .values: result = e.value
                case .items: result = heap.newTuple([e.key, e.value])
                }
                it.position = ix + 1
            }
        case .set(let r, let size):
            guard let t = heap.setTable(.object(r)) else { break }
            if t.count != size {
                it.source = .exhausted
                heap.objects[itRef.slot] = .iterator(it)
                throw .runtime("Set changed size during iteration")
            }
            var i = it.position
            while i < t.slots.count && t.slots[i].state != 1 { i += 1 }
            if i < t.slots.count { result = t.slots[i].key }
            it.position = i + 1
        }
        if result == nil { it.source = .exhausted }
        heap.objects[itRef.slot] = .iterator(it)
        return result
    }

    /// The iterator object at `v`, if `v` is one made by `makeIterator`.
    func iteratorRef(_ v: Value) -> ObjectRef? {
        guard case .object(let r) = v, case .iterator = heap.objects[r.slot] else { return nil }
        return r
    }
}
