import PyLang

/// Operators with user dunders (abstract.c `binary_op1`, object.c `do_richcompare`), and the
/// `Runtime` hooks that let built-in containers call back into user classes.
extension Interp {
    static let binaryTable: [(BinaryOp, String)] = [
        (.add, "add"), (.and, "and"), (.floorDiv, "floordiv"), (.lshift, "lshift"), (.matmul, "matmul"),
        (.mul, "mul"), (.mod, "mod"), (.or, "or"), (.pow, "pow"), (.rshift, "rshift"), (.sub, "sub"),
        (.trueDiv, "truediv"), (.xor, "xor"),
    ]

    /// `BINARY_OP op` (0...25, CPython's NB_* numbering).
    mutating func binaryOperation(_ op: Int, _ a: Value, _ b: Value) throws(PyError) -> Value {
        let inplace = op >= 13
        let (bop, name) = Interp.binaryTable[op % 13]
        // `"%s" % obj`: str's own slot comes first and formats any object (unicode_mod).
        var formatsString = false
        if bop == .mod, case .object(let ar) = a, heap.kind(ar) == .str { formatsString = true }
        if (isUserObject(a) || isUserObject(b)) && !formatsString {
            if inplace, let r = try callDunder(a, "__i\(name)__", [b]), !isNotImplemented(r) { return r }
            // binary_op1: a right operand whose class is a subclass of the left's (and
            // overrides the reflected method) goes first.
            let ca = classOf(a), cb = classOf(b)
            let differ = !ca.isIdentical(to: cb)
            var reflectedTried = false
            if differ, isUserObject(b), isSubclass(cb, ca), let rm = try userDunder(b, "__r\(name)__"),
               try lookupInMRO(ca, "__r\(name)__")?.isIdentical(to: rm) != true {
                reflectedTried = true
                if let r = try callDunder(b, "__r\(name)__", [a]), !isNotImplemented(r) { return r }
            }
            if let r = try callDunder(a, "__\(name)__", [b]), !isNotImplemented(r) { return r }
            if !reflectedTried, differ || !isUserObject(a),
               let r = try callDunder(b, "__r\(name)__", [a]), !isNotImplemented(r) { return r }
            if bop == .mul, let r = try sequenceRepeat(a, b, inplace: inplace) { return r }
            if bop == .add, inplace, isList(a) {
                // list_inplace_concat: `lst += x` is `lst.extend(x)` for any iterable x.
                _ = try callBuiltinMethodOf(a, "extend", [b], [])
                return a
            }
            if bop == .add, let message = concatError(a, b) { throw .typeError(message) }
            let sym = bop.symbol + (inplace ? "=" : "")
            throw .typeError("unsupported operand type(s) for \(sym): '\(heap.typeName(a))' and '\(heap.typeName(b))'")
        }
        if bop == .or, isUnionOperand(a), isUnionOperand(b), heap.pyClass(a) != nil || heap.pyClass(b) != nil {
            // `type.__or__`: `int | None` is a types.UnionType (Prelude/_uniontype.py).
            let module = try importModule("_uniontype", fromlist: .none)
            return try callValue(try getAttr(module, "_union"), [a, b], [])
        }
        do throws(PyError) {
            let r = inplace ? try inplaceOp(bop, a, b) : try binaryOp(bop, a, b)
            if isNotImplemented(r) {
                throw PyError.typeError("unsupported operand type(s) for \(bop.symbol)\(inplace ? "=" : ""): '\(heap.typeName(a))' and '\(heap.typeName(b))'")
            }
            return r
        } catch {
            if inplace, case .typeError(let m) = error, m.hasPrefix("unsupported operand type(s) for \(bop.symbol):") {
                throw .typeError(m.replacingOccurrences("for \(bop.symbol):", "for \(bop.symbol)=:"))
            }
            throw error
        }
    }

    /// A built-in sequence's concatenation refusing a user object whose class declined `+`
    /// (abstract.c tries `sq_concat` after `binary_op1`): `"a" + Fraction(1)`. Nil when `a`
    /// is no such sequence.
    private func concatError(_ a: Value, _ b: Value) -> String? {
        guard case .object(let r) = a else { return nil }
        let t = heap.typeName(b)
        switch heap.kind(r) {
        case .str: return "can only concatenate str (not \"\(t)\") to str"
        case .list: return "can only concatenate list (not \"\(t)\") to list"
        case .tuple: return "can only concatenate tuple (not \"\(t)\") to tuple"
        case .bytes: return "can't concat \(t) to bytes"
        case .bytearray: return "can't concat \(t) to bytearray"
        default: return nil
        }
    }

    private func isList(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        return heap.kind(r) == .list
    }

    /// A class or None: what `type.__or__` joins into a union.
    private func isUnionOperand(_ v: Value) -> Bool {
        if case .none = v { return true }
        return heap.pyClass(v) != nil
    }

    /// `seq * n` with a user object on one side (abstract.c `sequence_repeat`): its
    /// `__index__` is the count, else CPython's "can't multiply sequence" TypeError. Nil when
    /// neither side is a built-in sequence.
    mutating func sequenceRepeat(_ a: Value, _ b: Value, inplace: Bool) throws(PyError) -> Value? {
        func isSequence(_ v: Value) -> Bool {
            guard case .object(let r) = v else { return false }
            switch heap.kind(r) {
            case .list, .tuple, .str, .bytes, .bytearray: return true
            default: return false
            }
        }
        let (seq, count): (Value, Value)
        if isSequence(a) { (seq, count) = (a, b) } else if isSequence(b) { (seq, count) = (b, a) } else { return nil }
        guard let n = try callDunder(count, "__index__", []) else {
            throw .typeError("can't multiply sequence by non-int of type '\(heap.typeName(count))'")
        }
        return inplace && seq.isIdentical(to: a) ? try inplaceOp(.mul, seq, n) : try binaryOp(.mul, seq, n)
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .notImplemented = v { return true }
        return false
    }

    /// Instances and exceptions: values whose operators come from Python code.
    func isUserObject(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        switch heap.objects[r.slot] {
        case .instance: return true
        case .vm(.exception): return true
        default: return false
        }
    }

    /// `COMPARE_OP`: a Python value (user `__eq__` may return anything).
    mutating func richCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Value {
        if isUserObject(a) || isUserObject(b) {
            let names: [CompareOp: String] = [.lt: "__lt__", .le: "__le__", .eq: "__eq__", .ne: "__ne__", .gt: "__gt__", .ge: "__ge__"]
            if op == .ne {
                if let r = try notEqual(a, b) { return r }
                if let r = try notEqual(b, a) { return r }
            } else {
                if let r = try callDunder(a, names[op]!, [b]), !isNotImplemented(r) { return r }
                if let r = try callDunder(b, names[op.swapped]!, [a]), !isNotImplemented(r) { return r }
            }
            // A built-in value against a subclass instance whose own method declined
            // (Counter.__eq__ and a dict): the built-in type's comparison of the two values.
            let ua = try unwrapBuiltin(a), ub = try unwrapBuiltin(b)
            if !isUserObject(ua) && !isUserObject(ub) && (!ua.isIdentical(to: a) || !ub.isIdentical(to: b)) {
                do throws(PyError) { return .bool(try compare(ua, ub, op)) } catch {
                    if case .typeError = error {} else { throw error }
                }
            }
            switch op {
            case .eq: return .bool(a.isIdentical(to: b))
            case .ne: return .bool(!a.isIdentical(to: b))
            default:
                throw .typeError("'\(op.symbol)' not supported between instances of '\(heap.typeName(a))' and '\(heap.typeName(b))'")
            }
        }
        return .bool(try compare(a, b, op))
    }

    /// `x.__ne__(y)` for a user object: its own `__ne__`, else `object.__ne__`, which inverts
    /// `__eq__` (so `5 != Fraction(5)` asks Fraction's `__eq__` through the reflection); nil
    /// for NotImplemented or no such method.
    private mutating func notEqual(_ x: Value, _ y: Value) throws(PyError) -> Value? {
        if let r = try callDunder(x, "__ne__", [y]) { return isNotImplemented(r) ? nil : r }
        if let r = try callDunder(x, "__eq__", [y]), !isNotImplemented(r) { return .bool(!(try truthy(r))) }
        return nil
    }

    mutating func containsOperation(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        if let r = try contains(container, item) { return r }
        if let r = try callDunder(container, "__contains__", [item]) { return try truthy(r) }
        guard isIterable(container) else {
            throw .typeError("argument of type '\(heap.typeName(container))' is not iterable")
        }
        let it = try getIter(container)
        while let v = try iterNext(it) {
            if v.isIdentical(to: item) { return true }
            if try equal(v, item) { return true }
        }
        return false
    }

    mutating func unaryOperation(_ name: String, _ v: Value) throws(PyError) -> Value {
        let r: Value?
        switch name {
        case "__neg__": r = heap.negate(v)
        case "__pos__": r = heap.positive(v)
        default: r = heap.invert(v)
        }
        if let r { return r }
        if let c = heap.complex(v), name != "__invert__" {
            return heap.newComplex(name == "__neg__" ? PyComplex(re: -c.re, im: -c.im) : c)
        }
        if let r = try callDunder(v, name, []) { return r }
        let sym = name == "__neg__" ? "-" : name == "__pos__" ? "+" : "~"
        throw .typeError("bad operand type for unary \(sym): '\(heap.typeName(v))'")
    }

    /// `PyObject_IsTrue`.
    mutating func truthy(_ v: Value) throws(PyError) -> Bool {
        if let b = isTruthy(v) { return b }
        if let r = try callDunder(v, "__bool__", []) {
            guard case .bool(let b) = r else { throw .typeError("__bool__ should return bool, returned \(heap.typeName(r))") }
            return b
        }
        if let r = try callDunder(v, "__len__", []) { return try lengthValue(r) != 0 }
        return true
    }

    mutating func lengthValue(_ r: Value) throws(PyError) -> Int {
        guard case .int(let n) = r else {
            if case .bool(let b) = r { return b ? 1 : 0 }
            throw .typeError("'\(heap.typeName(r))' object cannot be interpreted as an integer")
        }
        if n < 0 { throw .valueError("__len__() should return >= 0") }
        return n
    }

    /// `len(v)`.
    mutating func pyLength(_ v: Value) throws(PyError) -> Int {
        if let n = length(v) { return n }
        if let r = try callDunder(v, "__len__", []) { return try lengthValue(r) }
        throw .typeError("object of type '\(heap.typeName(v))' has no len()")
    }

    /// The built-in classes CPython makes generic (`__class_getitem__` returning a GenericAlias).
    static let genericBuiltins: Set<String> = ["list", "dict", "tuple", "set", "frozenset", "type", "enumerate"]

    /// `PyNumber_Index` of a user object: its `__index__`, which must return an int; nil for
    /// anything else (built-in values are the callers' own business).
    mutating func userIndex(_ v: Value) throws(PyError) -> Value? {
        guard isUserObject(v), let r = try callDunder(v, "__index__", []) else { return nil }
        switch r {
        case .int: return r
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if heap.bigint(r) != nil { return r }
            throw .typeError("__index__ returned non-int (type \(heap.typeName(r)))")
        }
    }

    /// A subscript key as a built-in sequence takes it: a user object by its `__index__`, a
    /// slice with such bounds as a slice of ints. Other keys (and dict containers) unchanged.
    mutating func sequenceKey(_ container: Value, _ key: Value) throws(PyError) -> Value {
        guard case .object(let kr) = key, case .object(let cr) = container else { return key }
        switch heap.kind(cr) {
        case .list, .tuple, .str, .bytes, .bytearray, .range: break
        default: return key
        }
        switch heap.kind(kr) {
        case .instance: return try userIndex(key) ?? key
        case .slice:
            guard case .slice(let s) = heap.objects[kr.slot],
                  isUserObject(s.start) || isUserObject(s.stop) || isUserObject(s.step) else { return key }
            let start = try userIndex(s.start) ?? s.start, stop = try userIndex(s.stop) ?? s.stop
            let step = try userIndex(s.step) ?? s.step
            return heap.newSlice(start, stop, step)
        default: return key
        }
    }

    mutating func getSubscript(_ container: Value, _ key: Value) throws(PyError) -> Value {
        // A built-in container has no Python `__getitem__` to ask: asking allocated the
        // argument array, ~250 instructions of every `s[a:b]` on a str.
        if case .object(let r) = container {
            switch heap.kind(r) {
            case .str, .bytes, .bytearray, .list, .tuple, .dict, .range:
                if let v = try getItem(container, try sequenceKey(container, key)) { return v }
            default: break
            }
        }
        if let r = try callDunder(container, "__getitem__", [key]) { return r }
        if let v = try getItem(container, try sequenceKey(container, key)) { return v }
        if let c = heap.pyClass(container) {
            // type_new made `__class_getitem__` a classmethod (a function set later is not).
            if let m = try lookupInMRO(container, "__class_getitem__") {
                if case .classMethod(let f)? = heap.vm(m) { return try callValue(f, [container, key], []) }
                return try callValue(m, [key], [])
            }
            if let b = c.builtin {
                // `list[int]`: a types.GenericAlias (Prelude/_genericalias.py).
                guard Interp.genericBuiltins.contains(b) else { throw .typeError("type '\(c.name)' is not subscriptable") }
                let module = try importModule("_genericalias", fromlist: .none)
                return try callValue(try getAttr(module, "_alias"), [container, key], [])
            }
        }
        throw .typeError("'\(heap.typeName(container))' object is not subscriptable")
    }

    mutating func storeSubscript(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
        if try callDunder(container, "__setitem__", [key, value]) != nil { return }
        if try setItem(container, try sequenceKey(container, key), value) { return }
        throw .typeError("'\(heap.typeName(container))' object does not support item assignment")
    }

    mutating func deleteSubscript(_ container: Value, _ key: Value) throws(PyError) {
        if try callDunder(container, "__delitem__", [key]) != nil { return }
        if try deleteItem(container, try sequenceKey(container, key)) { return }
        throw .typeError("'\(heap.typeName(container))' object does not support item deletion")
    }

    mutating func setAddValue(_ target: Value, _ v: Value) throws(PyError) {
        guard case .object(let r) = target else { return }
        let h = try hash(v)
        var t = heap.takeSet(r)
        defer { heap.putSet(r, t) }
        try t.add(v, hash: h, rt: &self)
    }

    mutating func setItemChecked(_ target: Value, _ k: Value, _ v: Value) throws(PyError) -> Bool {
        try setItem(target, k, v)
    }

    /// `LOAD_CONST`: str constants are interned, tuples built fresh.
    mutating func constant(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return heap.intFromConstant(s)
        case .float(let d): return .float(d)
        case .imaginary(let d): return heap.newComplex(PyComplex(re: 0, im: d))
        case .str(let s): return intern(s)
        case .bytes(let b): return heap.newBytes(b)
        case .ellipsis: return .ellipsis
        case .tuple(let items): return heap.newTuple(items.map { constant($0) })
        case .code(let code): return heap.codeValue(code)
        }
    }

    // MARK: - Runtime hooks

    mutating func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        // No identity shortcut here: NaN != NaN and a user __eq__ may say False for x == x
        // (containers do their own identity check first, as CPython's PyObject_RichCompare callers).
        if isUserObject(a) || isUserObject(b) { return try truthy(try richCompare(a, b, .eq)) }
        if case .object(let ra) = a, case .vm = heap.objects[ra.slot] { return a.isIdentical(to: b) }
        if case .object(let rb) = b, case .vm = heap.objects[rb.slot] { return false }
        return try builtinEqual(a, b)
    }

    mutating func order(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Bool {
        if isUserObject(a) || isUserObject(b) { return try truthy(try richCompare(a, b, op)) }
        return try builtinOrder(a, b, op)
    }

    mutating func hash(_ v: Value) throws(PyError) -> Int {
        guard case .object(let r) = v else { return try builtinHash(v) }
        if heap.kind(r) == .str { return heap.strHash(r) }
        switch heap.objects[r.slot] {
        case .instance, .vm(.exception):
            if let h = try userDunder(v, "__hash__") {
                if case .none = h { throw .typeError("unhashable type: '\(heap.typeName(v))'") }
                let res = try callValue(h, [v], [])
                guard case .int(let n) = res else { throw .typeError("__hash__ method should return an integer") }
                return n == -1 ? -2 : n
            }
            if try userDunder(v, "__eq__") != nil { throw .typeError("unhashable type: '\(heap.typeName(v))'") }
            if let base = try builtinBaseValue(v) {
                if case .object(let br) = base, [.dict, .list, .set, .bytearray].contains(heap.kind(br)) {
                    throw .typeError("unhashable type: '\(heap.typeName(v))'")
                }
                return try hash(base)
            }
            return heap.identity(r) >> 4
        case .vm: return heap.identity(r) >> 4
        default: return try builtinHash(v)
        }
    }

    mutating func repr(_ v: Value) throws(PyError) -> String {
        guard case .object(let r) = v else { return try builtinRepr(v) }
        let addr = "0x" + String(heap.identity(r), radix: 16)
        switch heap.objects[r.slot] {
        case .instance(let inst):
            if let m = try userDunder(v, "__repr__") { return try strResult(callValue(m, [v], []), "__repr__") }
            // An engine type's own native repr (`_thread.lock`); `object.__repr__` is the line below.
            if let m = try lookupInMRO(inst.cls, "__repr__"), case .native(let i, nil)? = heap.vm(m),
               Natives.table[i].name != "object.__repr__" {
                return try strResult(callNative(i, [v]), "__repr__")
            }
            if let base = try builtinBaseValue(v) { return try builtinSubclassRepr(v, base) }
            let c = heap.pyClass(inst.cls)
            return "<\(c?.module ?? "__main__").\(c?.qualname ?? "object") object at \(addr)>"
        case .vm(let o):
            switch o {
            case .exception(let e):
                if let m = try userDunder(v, "__repr__") { return try strResult(callValue(m, [v], []), "__repr__") }
                let args = heap.sequenceItems(e.args) ?? []
                let name = heap.typeName(v)
                if args.count == 1 { return name + "(" + (try repr(args[0])) + ")" }
                return name + (try repr(e.args))
            case .function(let f): return "<function \(f.qualname) at \(addr)>"
            case .type(let c):
                if c.meta != nil, let m = try userDunder(v, "__repr__") { return try strResult(callValue(m, [v], []), "__repr__") }
                return c.module == "builtins" ? "<class '\(c.qualname)'>" : "<class '\(c.module).\(c.qualname)'>"
            case .module(let m):
                // A module made by types.ModuleType (not imported) has no origin to show.
                return process.modules[m.name] == nil ? "<module '\(m.name)'>" : "<module '\(m.name)' (built-in)>"
            case .boundMethod(let recv, let f):
                let fname = (heap.vm(f).flatMap { if case .function(let fn) = $0 { return fn.qualname } else { return nil } }) ?? "?"
                return "<bound method \(fname) of \(try repr(recv))>"
            case .native(let i, _):
                // A module's native is named `module:function` in the table; CPython shows the function.
                let name = Natives.table[i].name
                return "<built-in function \(name.split(separator: ":").last.map(String.init) ?? name)>"
            case .builtinMethod(let recv, let name):
                return "<built-in method \(name) of \(heap.typeName(recv)) object at \(addr)>"
            case .generator(let g): return "<\(g.typeName) object \(g.qualname) at \(addr)>"
            case .iterator: return "<\(heap.typeName(v)) object at \(addr)>"
            case .property: return "<property object at \(addr)>"
            case .staticMethod: return "<staticmethod object at \(addr)>"
            case .classMethod: return "<classmethod object at \(addr)>"
            case .superObject: return "<super object>"
            case .code(let c): return "<code object \(c.name) at \(addr), file \"\(c.filename)\", line \(c.firstLineNumber)>"
            case .traceback(let tb):
                guard tb.isFrame else { return "<traceback object at \(addr)>" }
                return "<frame at \(addr), file '\(tb.entry.code.filename)', line \(tb.entry.line), code \(tb.entry.code.name)>"
            case .member(let name, let owner):
                return "<member '\(name)' of '\(heap.pyClass(owner)?.name ?? "object")' objects>"
            }
        default:
            return try builtinRepr(v)
        }
    }

    mutating func strResult(_ r: Value, _ method: String) throws(PyError) -> String {
        guard let s = heap.string(r) else { throw .typeError("\(method) returned non-string (type \(heap.typeName(r)))") }
        return s
    }

    mutating func str(_ v: Value) throws(PyError) -> String {
        if let s = heap.string(v) { return s }
        if isUserObject(v) {
            if let m = try userDunder(v, "__str__") { return try strResult(callValue(m, [v], []), "__str__") }
            if exceptionPayload(v) != nil { return exceptionMessage(v) }
            // str.__str__ of a str subclass: the text itself, not its repr.
            if let base = try builtinBaseValue(v), case .object(let br) = base, heap.kind(br) == .str,
               try userDunder(v, "__repr__") == nil { return try str(base) }
        }
        return try repr(v)
    }

    mutating func format(_ v: Value, _ spec: String) throws(PyError) -> String {
        if isUserObject(v) {
            if let m = try userDunder(v, "__format__") { return try strResult(callValue(m, [v, heap.newStr(spec)], []), "__format__") }
            if spec.isEmpty { return try str(v) }
            if let base = try builtinBaseValue(v) { return try builtinFormat(base, spec) }
            throw .typeError("unsupported format string passed to \(heap.typeName(v)).__format__")
        }
        if case .object(let r) = v, case .vm = heap.objects[r.slot] {
            if spec.isEmpty { return try str(v) }
        }
        return try builtinFormat(v, spec)
    }

    mutating func getAttribute(_ v: Value, _ name: String) throws(PyError) -> Value {
        try getAttr(v, name)
    }

    /// `issubclass(cls, spec)` (abstract.c `object_issubclass`): a tuple's items in turn, a
    /// class's `__subclasscheck__` (ABCMeta's registered classes), and CPython's TypeError for
    /// anything else.
    mutating func isSubclassOf(_ cls: Value, _ spec: Value, depth: Int = 0) throws(PyError) -> Bool {
        if case .object(let r) = spec, heap.kind(r) == .tuple, let items = heap.sequenceItems(spec) {
            guard depth < 1000 else { throw .recursion("maximum recursion depth exceeded in __subclasscheck__") }
            for item in items where try isSubclassOf(cls, item, depth: depth + 1) { return true }
            return false
        }
        if let r = try callDunder(spec, "__subclasscheck__", [cls]) { return try truthy(r) }
        guard heap.pyClass(spec) != nil else {
            throw .typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        return isSubclass(cls, spec)
    }

    /// `PyNumber_Float` / `PyNumber_Long` / `PyNumber_Index` of a user object, as
    /// `PyUnicode_Format` asks them: `"%.2f" % Decimal("1.5")`.
    mutating func numberFor(_ v: Value, float: Bool, index: Bool) throws(PyError) -> Value? {
        guard isUserObject(v) else { return nil }
        if float, let r = try callDunder(v, "__float__", []) {
            guard case .float = r else { throw .typeError("\(heap.typeName(v)).__float__ returned non-float (type \(heap.typeName(r)))") }
            return r
        }
        if !float && !index, let r = try callDunder(v, "__int__", []) { return r }
        if let r = try callDunder(v, "__index__", []) {
            switch heap.num(r) {
            case .int?, .big?: return r
            default: throw .typeError("__index__ returned non-int (type \(heap.typeName(r)))")
            }
        }
        return nil
    }
}
