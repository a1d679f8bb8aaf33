import BigInt

/// The `builtins` module's functions (Python/bltinmodule.c).
enum Builtins {
    static let functions: [NativeEntry] = [
        NativeEntry(name: "print") { vm, args, kw throws(PyError) in
            try vm.printValues(args, kw)
            return .none
        },
        NativeEntry(name: "len") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "len", 1, 1)
            return .int(try vm.pyLength(args[0]))
        },
        NativeEntry(name: "repr") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "repr", 1, 1)
            return vm.heap.newStr(try vm.repr(args[0]))
        },
        NativeEntry(name: "ascii") { vm, args, _ throws(PyError) in
            vm.heap.newStr(PyStrRepr.asciiEscaped(try vm.repr(args[0])))
        },
        NativeEntry(name: "format") { vm, args, _ throws(PyError) in
            let spec = args.count > 1 ? (vm.heap.string(args[1]) ?? "") : ""
            return vm.heap.newStr(try vm.format(args[0], spec))
        },
        NativeEntry(name: "iter") { vm, args, _ throws(PyError) in
            if args.count == 2 { return vm.heap.newVM(.iterator(.callable(args[0], sentinel: args[1]))) }
            try vm.expectArgs(args, "iter", 1, 1)
            return try vm.getIter(args[0])
        },
        NativeEntry(name: "aiter") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "aiter", 1, 1)
            guard vm.hasAsyncIter(args[0]) else { throw .typeError("'\(vm.heap.typeName(args[0]))' object is not an async iterable") }
            return try vm.getAIter(args[0])
        },
        NativeEntry(name: "anext") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "anext", 1, 2)
            guard vm.hasAsyncNext(args[0]) else { throw .typeError("'\(vm.heap.typeName(args[0]))' object is not an async iterator") }
            if args.count == 1 { return try vm.getANext(args[0]) }
            // With a default: an awaitable that gives the default at the end (the prelude's).
            let module = try vm.importModule("_anext", fromlist: .none)
            return try vm.callValue(try vm.getAttr(module, "anext_with_default"), args, [])
        },
        NativeEntry(name: "next") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "next", 1, 2)
            if !vm.isIterator(args[0]) { throw .typeError("'\(vm.heap.typeName(args[0]))' object is not an iterator") }
            if case .object(let r) = args[0], case .vm(.generator) = vm.heap.objects[r.slot] {
                do throws(PyError) { return try vm.generatorSend(r, .none) } catch {
                    let e = vm.exceptionValue(error)
                    if args.count == 2, vm.exceptionIs(e, "StopIteration") { return args[1] }
                    throw .exception(e)
                }
            }
            if vm.isUserObject(args[0]) {
                // A user __next__'s own StopIteration (with its value) propagates as is.
                do throws(PyError) { return try vm.callDunder(args[0], "__next__", []) ?? .none } catch {
                    let e = vm.exceptionValue(error)
                    if args.count == 2, vm.exceptionIs(e, "StopIteration") { return args[1] }
                    throw .exception(e)
                }
            }
            if let v = try vm.iterNext(args[0]) { return v }
            if args.count == 2 { return args[1] }
            throw .stopIteration
        },
        NativeEntry(name: "isinstance") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "isinstance", 2, 2)
            return .bool(try vm.isInstanceOf(args[0], args[1], "isinstance"))
        },
        NativeEntry(name: "issubclass") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "issubclass", 2, 2)
            guard vm.heap.pyClass(args[0]) != nil else { throw .typeError("issubclass() arg 1 must be a class") }
            return .bool(try vm.isSubclassOf(args[0], args[1]))
        },
        NativeEntry(name: "hasattr") { vm, args, _ throws(PyError) in
            let name = try vm.strArg(args[1], "hasattr")
            do throws(PyError) { return .bool(try vm.getAttrOrNil(args[0], name) != nil) } catch {
                let e = vm.exceptionValue(error)
                if vm.exceptionIs(e, "AttributeError") { return .false }
                throw .exception(e)
            }
        },
        NativeEntry(name: "getattr") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "getattr", 2, 3)
            guard let name = vm.heap.string(args[1]) else { throw .typeError("attribute name must be string, not '\(vm.heap.typeName(args[1]))'") }
            do throws(PyError) { return try vm.getAttr(args[0], name) } catch {
                let e = vm.exceptionValue(error)
                if args.count == 3, vm.exceptionIs(e, "AttributeError") { return args[2] }
                throw .exception(e)
            }
        },
        NativeEntry(name: "setattr") { vm, args, _ throws(PyError) in
            try vm.setAttr(args[0], try vm.strArg(args[1], "setattr"), args[2]); return .none
        },
        NativeEntry(name: "delattr") { vm, args, _ throws(PyError) in
            try vm.delAttr(args[0], try vm.strArg(args[1], "delattr")); return .none
        },
        NativeEntry(name: "callable") { vm, args, _ throws(PyError) in
            guard case .object(let r) = args[0] else { return .false }
            switch vm.heap.objects[r.slot] {
            case .vm(.function), .vm(.type), .vm(.boundMethod), .vm(.native), .vm(.builtinMethod): return .true
            case .instance: return .bool(try vm.userDunder(args[0], "__call__") != nil)
            default: return .false
            }
        },
        NativeEntry(name: "sorted") { vm, args, kw throws(PyError) in
            try vm.expectArgs(args, "sorted", 1, 1)
            let list = vm.heap.newList(try vm.iterate(args[0]))
            try vm.sortListValue(list, kw)
            return list
        },
        NativeEntry(name: "min") { vm, args, kw throws(PyError) in try vm.minMax(args, kw, .lt, "min") },
        NativeEntry(name: "max") { vm, args, kw throws(PyError) in try vm.minMax(args, kw, .gt, "max") },
        NativeEntry(name: "sum") { vm, args, kw throws(PyError) in
            var acc = vm.arg(args, 1) ?? vm.kwarg(kw, "start") ?? .int(0)
            if vm.heap.string(acc) != nil { throw .typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            // Ints without overflow and floats add in place, as CPython's sum fast paths do
            // (plain double addition in 3.11); the rest through `+`.
            try vm.forEachItem(args[0]) { vm, v throws(PyError) in
                if let r = Interp.fastBinary(0, acc, v) { acc = r } else { acc = try vm.binaryOperation(0, acc, v) }
            }
            return acc
        },
        NativeEntry(name: "abs") { vm, args, _ throws(PyError) in
            if let v = vm.heap.absolute(args[0]) { return v }
            if let c = vm.heap.complex(args[0]) { return .float(try c.magnitude()) }
            if let r = try vm.callDunder(args[0], "__abs__", []) { return r }
            throw .typeError("bad operand type for abs(): '\(vm.heap.typeName(args[0]))'")
        },
        NativeEntry(name: "round") { vm, args, kw throws(PyError) in
            let nd = vm.arg(args, 1) ?? vm.kwarg(kw, "ndigits") ?? .none
            if let r = try vm.callDunder(args[0], "__round__", nd.isIdentical(to: .none) ? [] : [nd]) { return r }
            if let v = try vm.heap.round(args[0], ndigits: nd) { return v }
            throw .typeError("type \(vm.heap.typeName(args[0])) doesn't define __round__ method")
        },
        NativeEntry(name: "divmod") { vm, args, _ throws(PyError) in
            if let (q, r) = try vm.heap.divmod(args[0], args[1]) { return vm.heap.newTuple([q, r]) }
            // binary_op1: the left operand's __divmod__, then the right one's __rdivmod__.
            if let r = try vm.callDunder(args[0], "__divmod__", [args[1]]), !r.isIdentical(to: .notImplemented) { return r }
            if let r = try vm.callDunder(args[1], "__rdivmod__", [args[0]]), !r.isIdentical(to: .notImplemented) { return r }
            throw .typeError("unsupported operand type(s) for divmod(): '\(vm.heap.typeName(args[0]))' and '\(vm.heap.typeName(args[1]))'")
        },
        NativeEntry(name: "pow") { vm, args, _ throws(PyError) in
            if args.count == 3 {
                if args.contains(where: { vm.heap.complex($0) != nil }) { throw .valueError("complex modulo") }
                // ternary_op: a user type's three-argument __pow__ (Decimal's) answers first.
                if vm.isUserObject(args[0]), let r = try vm.callDunder(args[0], "__pow__", [args[1], args[2]]),
                   !r.isIdentical(to: .notImplemented) {
                    return r
                }
                let integral = args.allSatisfy { v in
                    if case .float = v { return false }
                    return true
                }
                guard integral, var b = vm.heap.num(args[0])?.big, var e = vm.heap.num(args[1])?.big,
                      let m = vm.heap.num(args[2])?.big else {
                    throw .typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw .valueError("pow() 3rd argument cannot be 0") }
                if e < 0 {
                    // long_pow: a negative exponent inverts the base modulo |m| first.
                    let mm = BigInt(m.magnitude)
                    if mm == 1 { return .int(0) }
                    guard let inv = (((b % mm) + mm) % mm).inverse(mm) else { throw .valueError("base is not invertible for the given modulus") }
                    b = inv
                    e = -e
                }
                var r = b.power(e, modulus: m)
                if r != 0 && (r.sign == .minus) != (m.sign == .minus) { r += m }
                return vm.heap.makeInt(r)
            }
            return try vm.binaryOperation(8, args[0], args[1])
        },
        NativeEntry(name: "any") { vm, args, _ throws(PyError) in
            let it = try vm.getIter(args[0])
            while let v = try vm.iterNext(it) { if try vm.truthy(v) { return .true } }
            return .false
        },
        NativeEntry(name: "all") { vm, args, _ throws(PyError) in
            let it = try vm.getIter(args[0])
            while let v = try vm.iterNext(it) { if try !vm.truthy(v) { return .false } }
            return .true
        },
        NativeEntry(name: "chr") { vm, args, _ throws(PyError) in
            let i = try vm.intArg(args[0])
            guard let u = Unicode.Scalar(UInt32(clamping: max(0, i))), i >= 0, i <= 0x10FFFF else { throw .valueError("chr() arg not in range(0x110000)") }
            return vm.heap.newStr(String(u))
        },
        NativeEntry(name: "ord") { vm, args, _ throws(PyError) in
            if let s = vm.heap.string(args[0]) {
                let u = Array(s.unicodeScalars)
                guard u.count == 1 else { throw .typeError("ord() expected a character, but string of length \(u.count) found") }
                return .int(Int(u[0].value))
            }
            if let b = vm.heap.bytes(args[0]), b.count == 1 { return .int(Int(b[0])) }
            throw .typeError("ord() expected string of length 1, but \(vm.heap.typeName(args[0])) found")
        },
        NativeEntry(name: "hex") { vm, args, _ throws(PyError) in vm.heap.newStr(try vm.radix(args[0], "#x")) },
        NativeEntry(name: "oct") { vm, args, _ throws(PyError) in vm.heap.newStr(try vm.radix(args[0], "#o")) },
        NativeEntry(name: "bin") { vm, args, _ throws(PyError) in vm.heap.newStr(try vm.radix(args[0], "#b")) },
        NativeEntry(name: "id") { vm, args, _ throws(PyError) in
            if case .object(let r) = args[0] { return .int(vm.heap.identity(r)) }
            return .int(0x7e00_0000_0000 + (try vm.hash(args[0]) & 0xffff_ffff) * 16)
        },
        NativeEntry(name: "hash") { vm, args, _ throws(PyError) in .int(try vm.hash(args[0])) },
        NativeEntry(name: "input") { vm, args, _ throws(PyError) in
            if let p = vm.arg(args, 0) { vm.write(try vm.str(p), fd: 1) }
            // bltinmodule.c `builtin_input_impl` flushes both streams before it reads.
            vm.flushStream(fd: 1)
            vm.flushStream(fd: 2)
            var line: [UInt8]
            if let io = vm.process.io {
                switch io.readLine() {
                case .line(let l): line = l
                case .endOfFile: throw .exception(vm.newException("EOFError", "EOF when reading a line"))
                case .interrupted:
                    _ = io.takeInterrupt()
                    throw .exception(vm.newException("KeyboardInterrupt", nil))
                }
            } else {
                guard vm.process.stdinPosition < vm.process.stdin.count else { throw .exception(vm.newException("EOFError", "EOF when reading a line")) }
                line = []
                while vm.process.stdinPosition < vm.process.stdin.count {
                    let b = vm.process.stdin[vm.process.stdinPosition]
                    vm.process.stdinPosition += 1
                    line.append(b)
                    if b == 10 { break }
                }
            }
            if line.last == 10 { line.removeLast() }
            return vm.heap.newStr(String(decoding: line, as: UTF8.self))
        },
        NativeEntry(name: "globals") { vm, _, _ throws(PyError) in .object(vm.top.globals) },
        NativeEntry(name: "locals") { vm, _, _ throws(PyError) in
            if let l = vm.top.locals { return .object(l) }
            var pairs: [(Value, Value)] = []
            for (i, n) in vm.top.code.varnames.enumerated() { if let v = vm.top.fast[i] { pairs.append((vm.intern(n), v)) } }
            return try vm.makeDict(pairs)
        },
        NativeEntry(name: "vars") { vm, args, _ throws(PyError) in
            if args.isEmpty, let l = vm.top.locals { return .object(l) }
            return try vm.getAttr(args[0], "__dict__")
        },
        NativeEntry(name: "dir") { vm, args, _ throws(PyError) in
            var names: Set<String> = []
            if let a = args.first {
                if case .object(let r) = a, case .instance(let i) = vm.heap.objects[r.slot] {
                    for k in i.attributes.keys { if let s = vm.heap.string(k) { names.insert(s) } }
                }
                // The class first: `classOf` may make it, growing the heap that `pyClass` reads.
                let cls = vm.heap.pyClass(a) != nil ? a : vm.classOf(a)
                if let c = vm.heap.pyClass(cls) {
                    for k in c.mro { if let kc = vm.heap.pyClass(k) { names.formUnion(vm.dictKeys(kc.dict)) } }
                }
                if case .module(let m)? = vm.heap.vm(a) { names.formUnion(vm.dictKeys(m.dict)) }
                if case .generator(let g)? = vm.heap.vm(a) { names.formUnion(PyGenerator.attributeNames(g.kind)) }
            } else { names.formUnion(vm.dictKeys(vm.top.locals ?? vm.top.globals)) }
            return vm.heap.newList(names.sorted().map { vm.heap.newStr($0) })
        },
        NativeEntry(name: "exit") { vm, args, _ throws(PyError) in
            throw .exception(try vm.instantiate(vm.builtinClass("SystemExit"), args, []))
        },
        NativeEntry(name: "__build_class__") { vm, args, kw throws(PyError) in try vm.buildClass(args, kw) },
        NativeEntry(name: "__import__") { vm, args, _ throws(PyError) in
            try vm.importModule(try vm.strArg(args[0], "__import__"), fromlist: .none)
        },
        // Files live in the run's virtual file system (prelude `_vfs`), never on the host.
        NativeEntry(name: "open") { vm, args, kw throws(PyError) in
            guard vm.world != nil else {
                let name = args.first.flatMap { vm.heap.string($0) } ?? "?"
                throw .exception(vm.newException("FileNotFoundError", "[Errno 2] No such file or directory: '\(name)'"))
            }
            let module = try vm.importModule("_vfs", fromlist: .none)
            return try vm.callValue(try vm.getAttr(module, "open"), args, kw)
        },
    ] + Builtins.constructors
}

extension Interp {
    /// `print(*args, sep, end, file, flush)` as bltinmodule.c `builtin_print_impl`: a file
    /// object gets one `write` per item, separator and end, each item's `str` taken just
    /// before its write; the process's own streams get the same text in as few writes as
    /// keep output from a `__str__` in CPython's order.
    mutating func printValues(_ args: [Value], _ kw: [(String, Value)]) throws(PyError) {
        func text(_ name: String, _ dflt: String) throws(PyError) -> String {
            guard let v = kwarg(kw, name), !v.isIdentical(to: .none) else { return dflt }
            guard let s = heap.string(v) else { throw .typeError("\(name) must be None or a string, not \(heap.typeName(v))") }
            return s
        }
        var file = kwarg(kw, "file") ?? .none
        if case .none = file, case .object(let sys)? = process.modules["sys"], case .vm(.module(let m)) = heap.objects[sys.slot] {
            // `sys.stdout`, which a program may rebind (to None: print writes nothing).
            file = dictGet(m.dict, "stdout") ?? .none
            if case .none = file { return }
        }
        let sep = try text("sep", " "), end = try text("end", "\n")
        if !file.isIdentical(to: .none), streamFD(file) == nil {
            let write = try getAttr(file, "write")
            for (i, a) in args.enumerated() {
                if i > 0 { _ = try callValue(write, [heap.newStr(sep)], []) }
                _ = try callValue(write, [heap.newStr(try str(a))], [])
            }
            _ = try callValue(write, [heap.newStr(end)], [])
            if let flush = kwarg(kw, "flush"), try truthy(flush) { _ = try callValue(try getAttr(file, "flush"), [], []) }
            return
        }
        var pending = ""
        for (i, a) in args.enumerated() {
            if i > 0 { pending += sep }
            if isUserObject(a) && !pending.isEmpty {
                // Its __str__ may print: what came before it is written first.
                try writeToFile(file, pending)
                pending = ""
            }
            pending += try str(a)
        }
        try writeToFile(file, pending + end)
        if let flush = kwarg(kw, "flush"), try truthy(flush) { try flushFile(file) }
    }

    /// `print(..., file=f)`: the process's stdout/stderr buffers, or `f.write(text)`.
    mutating func writeToFile(_ file: Value, _ text: String) throws(PyError) {
        if case .none = file { write(text, fd: 1); return }
        if let fd = streamFD(file) { write(text, fd: fd); return }
        _ = try callValue(try getAttr(file, "write"), [heap.newStr(text)], [])
    }

    /// `print(..., flush=True)`: `file.flush()` (bltinmodule.c `builtin_print_impl`).
    mutating func flushFile(_ file: Value) throws(PyError) {
        if case .none = file { flushStream(fd: 1); return }
        if let fd = streamFD(file) { flushStream(fd: fd); return }
        _ = try callValue(try getAttr(file, "flush"), [], [])
    }

    /// The fd of `sys.stdout`/`sys.stderr` objects.
    func streamFD(_ v: Value) -> Int? {
        guard case .object(let r) = v, case .instance(let i) = heap.objects[r.slot] else { return nil }
        for e in i.attributes.entries where e.hash != -1 && heap.string(e.key) == "_fd" {
            if case .int(let fd) = e.value { return fd }
        }
        return nil
    }

    mutating func isInstanceOf(_ v: Value, _ cls: Value, _ fn: String) throws(PyError) -> Bool {
        if let items = heap.sequenceItems(cls), heap.typeName(cls) == "tuple" {
            for c in items where try isInstanceOf(v, c, fn) { return true }
            return false
        }
        guard heap.pyClass(cls) != nil else {
            // PyObject_IsInstance: any object's type may define the check (GenericAlias refuses).
            if isUserObject(cls), let r = try callDunder(cls, fn == "isinstance" ? "__instancecheck__" : "__subclasscheck__", [v]) {
                return try truthy(r)
            }
            throw .typeError("\(fn)() arg 2 must be a type, a tuple of types, or a union")
        }
        // PyObject_IsInstance: an exact type match, else the metaclass's __instancecheck__.
        if classOf(v).isIdentical(to: cls) { return true }
        if let r = try callDunder(cls, "__instancecheck__", [v]) { return try truthy(r) }
        if case .bool = v, let intClass = process.classes["int"], cls.isIdentical(to: intClass) { return true }
        return isInstance(v, cls)
    }

    mutating func radix(_ v: Value, _ spec: String) throws(PyError) -> String {
        var isFloat = false
        if case .float = v { isFloat = true }
        guard heap.num(v) != nil, !isFloat else {
            if let r = try callDunder(v, "__index__", []) { return try radix(r, spec) }
            throw .typeError("'\(heap.typeName(v))' object cannot be interpreted as an integer")
        }
        return try builtinFormat(v, spec)
    }

    /// `list.sort(key=, reverse=)` on a list value.
    mutating func sortListValue(_ list: Value, _ kw: [(String, Value)]) throws(PyError) {
        guard case .object(let r) = list, case .list(let items) = heap.objects[r.slot] else { return }
        var keys: [Value]? = nil
        if let key = kwarg(kw, "key"), !key.isIdentical(to: .none) {
            var k: [Value] = []
            for v in items { k.append(try callValue(key, [v], [])) }
            keys = k
        }
        let reverse = try kwarg(kw, "reverse").map { v throws(PyError) in try truthy(v) } ?? false
        try sortList(r, keys: keys, reverse: reverse)
    }

    /// `min`/`max` (bltinmodule.c `min_max`).
    mutating func minMax(_ args: [Value], _ kw: [(String, Value)], _ op: CompareOp, _ name: String) throws(PyError) -> Value {
        if args.isEmpty { throw .typeError("\(name) expected at least 1 argument, got 0") }
        let key = kwarg(kw, "key").flatMap { $0.isIdentical(to: .none) ? nil : $0 }
        var best: Value?
        var bestKey = Value.none
        // Item by item, as `min_max` does: a generator is not consumed past a failing key
        // call or comparison.
        let consider = { (vm: inout Interp, v: Value) throws(PyError) -> Void in
            let k = try key.map { kf throws(PyError) in try vm.callValue(kf, [v], []) } ?? v
            if best == nil {
                best = v; bestKey = k
            } else if try vm.truthy(try vm.richCompare(k, bestKey, op)) {
                best = v; bestKey = k
            }
        }
        if args.count == 1 { try forEachItem(args[0], consider) } else { for v in args { try consider(&self, v) } }
        guard let best else {
            if let d = kwarg(kw, "default") { return d }
            throw .valueError("\(name)() arg is an empty sequence")
        }
        return best
    }

    /// `__build_class__(func, name, *bases)` (bltinmodule.c `builtin___build_class__`).
    mutating func buildClass(_ args: [Value], _ kw: [(String, Value)]) throws(PyError) -> Value {
        guard args.count >= 2, case .function(let fn)? = heap.vm(args[0]), let name = heap.string(args[1]) else {
            throw .typeError("__build_class__: func must be a function")
        }
        // PEP 560: a base that is not a class (`Generic[T]`) names the classes it stands for.
        let originalBases = Array(args.dropFirst(2))
        var bases: [Value] = []
        for b in originalBases {
            if heap.pyClass(b) == nil, let entries = try getAttrOrNil(b, "__mro_entries__") {
                let r = try callValue(entries, [heap.newTuple(originalBases)], [])
                guard let items = heap.sequenceItems(r), heap.typeName(r) == "tuple" else {
                    throw .typeError("__mro_entries__ must return a tuple")
                }
                bases += items
            } else {
                bases.append(b)
            }
        }
        var kw = kw
        var explicitMeta: Value? = nil
        if let i = kw.firstIndex(where: { $0.0 == "metaclass" }) { explicitMeta = kw.remove(at: i).1 }
        let ns = heap.alloc(.dict(PyDict()))
        let moduleName = dictGet(fn.globals, "__name__").flatMap { heap.string($0) } ?? "__main__"
        try dictSet(ns, "__module__", heap.newStr(moduleName))
        try dictSet(ns, "__qualname__", heap.newStr(fn.qualname))
        guard var frame = try makeFrame(fn, [], [], caller: .native) else { throw .runtime("class body is a generator") }
        frame.locals = ns
        let cell = try runNested(frame)
        if !originalBases.elementsEqual(bases, by: { $0.isIdentical(to: $1) }) {
            try dictSet(ns, "__orig_bases__", heap.newTuple(originalBases))
        }
        let cls: Value
        if let m = explicitMeta, heap.pyClass(m) == nil {
            // Any callable may stand for the metaclass; it gets (name, bases, namespace).
            cls = try callValue(m, [args[1], heap.newTuple(bases), .object(ns)], kw)
        } else if let meta = try calculateMetaclass(explicitMeta, bases) {
            cls = try callValue(meta, [args[1], heap.newTuple(bases), .object(ns)], kw)
        } else {
            cls = try typeNew(meta: nil, name: name, bases: bases, dict: ns, kwargs: kw)
        }
        if case .object(let c) = cell, case .cell = heap.objects[c.slot] { heap.objects[c.slot] = .cell(cls) }
        return cls
    }
}
