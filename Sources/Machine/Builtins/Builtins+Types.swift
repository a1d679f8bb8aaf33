import BigInt

/// Constructors of built-in types (`new:NAME`) and methods put in built-in class dicts.
extension Builtins {
    static let constructors: [NativeEntry] = [
        NativeEntry(name: "new:int") { vm, args, kw throws(PyError) in
            guard let x = args.first else { return .int(0) }
            if let baseV = vm.arg(args, 1) ?? vm.kwarg(kw, "base") {
                guard let s = vm.heap.string(x) else { throw .typeError("int() can't convert non-string with explicit base") }
                return try vm.heap.intFromString(s, base: try vm.intArg(baseV))
            }
            if let s = vm.heap.string(x) { return try vm.heap.intFromString(s) }
            if let b = vm.heap.bytes(x) { return try vm.heap.intFromString(String(decoding: b, as: UTF8.self)) }
            if case .float(let d) = x { return try vm.heap.intFromDouble(d) }
            if let v = try vm.heap.intFromNumber(x) { return v }
            if let r = try vm.callDunder(x, "__int__", []) { return r }
            if let r = try vm.callDunder(x, "__index__", []) { return r }
            throw .typeError("int() argument must be a string, a bytes-like object or a real number, not '\(vm.heap.typeName(x))'")
        },
        NativeEntry(name: "new:float") { vm, args, _ throws(PyError) in
            guard let x = args.first else { return .float(0) }
            if let s = vm.heap.string(x) { return .float(try PyFloat.parse(s)) }
            if let b = vm.heap.bytes(x) { return .float(try PyFloat.parse(String(decoding: b, as: UTF8.self))) }
            if let n = vm.heap.num(x) { return .float(try PyFloat.from(n)) }
            if let r = try vm.callDunder(x, "__float__", []) { return r }
            throw .typeError("float() argument must be a string or a real number, not '\(vm.heap.typeName(x))'")
        },
        NativeEntry(name: "new:str") { vm, args, kwargs throws(PyError) in
            guard let x = args.first else { return vm.heap.newStr("") }
            // str(b, encoding, errors) decodes, also with the arguments as keywords.
            if args.count > 1 || !kwargs.isEmpty {
                let encoding = args.count > 1 ? args[1] : kwargs.first { $0.0 == "encoding" }?.1
                if let e = encoding, vm.heap.string(e) == nil {
                    throw .typeError("str() argument 'encoding' must be str, not \(vm.heap.typeName(e))")
                }
                guard let b = vm.heap.bytes(x) else {
                    throw .typeError("decoding to str: need a bytes-like object, \(vm.heap.typeName(x)) found")
                }
                return try vm.callBuiltinMethodOf(vm.heap.newBytes(b), "decode", Array(args.dropFirst()), kwargs)
            }
            if case .int(let n) = x { return vm.heap.newStr(String(n)) }   // `str(k)`, past `str`'s dispatch
            return vm.heap.newStr(try vm.str(x))
        },
        NativeEntry(name: "new:bool") { vm, args, _ throws(PyError) in .bool(try args.first.map { v throws(PyError) in try vm.truthy(v) } ?? false) },
        NativeEntry(name: "new:list") { vm, args, _ throws(PyError) in vm.heap.newList(try args.first.map { v throws(PyError) in try vm.iterate(v) } ?? []) },
        NativeEntry(name: "new:tuple") { vm, args, _ throws(PyError) in
            if let a = args.first, vm.heap.typeName(a) == "tuple" { return a }
            return vm.heap.newTuple(try args.first.map { v throws(PyError) in try vm.iterate(v) } ?? [])
        },
        NativeEntry(name: "new:set") { vm, args, _ throws(PyError) in try vm.makeSet(try args.first.map { v throws(PyError) in try vm.iterate(v) } ?? []) },
        NativeEntry(name: "new:frozenset") { vm, args, _ throws(PyError) in
            try vm.makeSet(try args.first.map { v throws(PyError) in try vm.iterate(v) } ?? [], frozen: true)
        },
        NativeEntry(name: "new:dict") { vm, args, kw throws(PyError) in
            let d = vm.heap.newDict()
            guard case .object(let r) = d else { return d }
            if let src = args.first {
                if case .object(let sr) = src, case .dict = vm.heap.objects[sr.slot] { try vm.dictUpdate(r, from: src) } else if vm.isUserObject(src), let keys = try vm.getAttrOrNil(src, "keys") {
                    for k in try vm.iterate(try vm.callValue(keys, [], [])) { try vm.dictSetValue(r, k, try vm.getSubscript(src, k)) }
                } else {
                    for (i, item) in try vm.iterate(src).enumerated() {
                        guard vm.isIterable(item) else {
                            throw .typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
                        }
                        let pair = try vm.iterate(item)
                        guard pair.count == 2 else {
                            throw .valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
                        }
                        try vm.dictSetValue(r, pair[0], pair[1])
                    }
                }
            }
            for (k, v) in kw { try vm.dictSet(r, k, v) }
            return d
        },
        NativeEntry(name: "new:bytes") { vm, args, _ throws(PyError) in
            guard let x = args.first else { return vm.heap.newBytes([]) }
            if case .int(let n) = x {
                // bytesobject.c `bytes_new_impl`: a negative size is a ValueError.
                if n < 0 { throw .valueError("negative count") }
                try vm.heap.reserve(bytes: n)
                try vm.meter(bytes: n)
                return vm.heap.newBytes(Array(repeating: 0, count: n))
            }
            if vm.heap.bigint(x) != nil { throw .overflow("cannot fit 'int' into an index-sized integer") }
            if vm.heap.string(x) != nil { return try vm.callBuiltinMethodOf(x, "encode", Array(args.dropFirst()), []) }
            if let b = vm.heap.bytes(x) { return vm.heap.newBytes(b) }
            var out: [UInt8] = []
            for v in try vm.iterate(x) {
                let i = try vm.intArg(v)
                guard (0...255).contains(i) else { throw .valueError("bytes must be in range(0, 256)") }
                out.append(UInt8(i))
            }
            return vm.heap.newBytes(out)
        },
        // bytearray(), bytearray(n), bytearray(bytes-like or iterable of ints), bytearray(str, encoding).
        NativeEntry(name: "new:bytearray") { vm, args, kw throws(PyError) in
            guard let x = args.first ?? vm.kwarg(kw, "source") else { return vm.heap.newByteArray([]) }
            let encoding = vm.arg(args, 1) ?? vm.kwarg(kw, "encoding")
            if vm.heap.string(x) != nil {
                guard let encoding else { throw .typeError("string argument without an encoding") }
                let encoded = try vm.callBuiltinMethodOf(x, "encode", [encoding] + (vm.arg(args, 2).map { [$0] } ?? []), [])
                return vm.heap.newByteArray(vm.heap.bytes(encoded) ?? [])
            }
            if encoding != nil { throw .typeError("encoding without a string argument") }
            if case .int(let n) = x {
                if n < 0 { throw .valueError("negative count") }
                try vm.heap.reserve(bytes: n)
                try vm.meter(bytes: n)
                return vm.heap.newByteArray(Array(repeating: 0, count: n))
            }
            if let b = vm.heap.bytes(x) { return vm.heap.newByteArray(b) }
            var out: [UInt8] = []
            for v in try vm.iterate(x) { out.append(try vm.byteValue(v)) }
            return vm.heap.newByteArray(out)
        },
        NativeEntry(name: "new:range") { vm, args, _ throws(PyError) in
            // range_new: each bound through `__index__`.
            var bounds = args
            for (i, a) in args.enumerated() { if let v = try vm.userIndex(a) { bounds[i] = v } }
            if (1...3).contains(bounds.count), bounds.contains(where: { vm.heap.bigint($0) != nil }),
               bounds.allSatisfy({ vm.heap.num($0) != nil && !$0.isFloatValue }) {
                // rangeobject.c's long-integer ranges: Prelude/_bigrange.py.
                let full = bounds.count == 1 ? [.int(0), bounds[0], .int(1)] : bounds.count == 2 ? bounds + [.int(1)] : bounds
                let module = try vm.importModule("_bigrange", fromlist: .none)
                return try vm.callValue(try vm.getAttr(module, "range"), full, [])
            }
            return try vm.makeRange(bounds)
        },
        NativeEntry(name: "new:slice") { vm, args, _ throws(PyError) in
            if args.count == 1 { return vm.heap.newSlice(.none, args[0], .none) }
            return vm.heap.newSlice(args[0], args[1], vm.arg(args, 2) ?? .none)
        },
        NativeEntry(name: "new:object") { vm, _, _ throws(PyError) in vm.heap.newInstance(vm.builtinClass("object")) },
        NativeEntry(name: "new:type") { vm, args, _ throws(PyError) in
            if args.count == 1 { return vm.classOf(args[0]) }
            guard args.count == 3, let name = vm.heap.string(args[0]), case .object(let src) = args[2] else {
                throw .typeError("type() takes 1 or 3 arguments")
            }
            var bases = vm.heap.sequenceItems(args[1]) ?? []
            if bases.isEmpty { bases = [vm.builtinClass("object")] }
            let ns = vm.heap.newDict()
            if case .object(let nr) = ns { try vm.dictUpdate(nr, from: .object(src)) }
            guard case .object(let nr) = ns else { return .none }
            let cls = vm.makeClass(name, bases: bases, builtin: nil, dict: nr)
            vm.updateClass(cls) { $0.module = "__main__" }
            return cls
        },
        NativeEntry(name: "new:enumerate") { vm, args, kw throws(PyError) in
            let start = try (vm.arg(args, 1) ?? vm.kwarg(kw, "start")).map { v throws(PyError) in try vm.intArg(v) } ?? 0
            return vm.heap.newVM(.iterator(.enumerate(try vm.getIter(args[0]), count: start)))
        },
        NativeEntry(name: "new:zip") { vm, args, kw throws(PyError) in
            var strict = false
            for (k, v) in kw {
                guard k == "strict" else { throw .typeError("'\(k)' is an invalid keyword argument for zip()") }
                strict = try vm.truthy(v)
            }
            var iters: [Value] = []
            for a in args { iters.append(try vm.getIter(a)) }
            if iters.isEmpty { return vm.heap.newVM(.iterator(.items([], index: 0, kind: "zip"))) }
            return vm.heap.newVM(.iterator(.zip(iters, strict: strict)))
        },
        NativeEntry(name: "new:map") { vm, args, _ throws(PyError) in
            guard args.count >= 2 else { throw .typeError("map() must have at least two arguments.") }
            var iters: [Value] = []
            for a in args.dropFirst() { iters.append(try vm.getIter(a)) }
            return vm.heap.newVM(.iterator(.map(args[0], iters)))
        },
        NativeEntry(name: "new:filter") { vm, args, _ throws(PyError) in
            vm.heap.newVM(.iterator(.filter(args[0], try vm.getIter(args[1]))))
        },
        NativeEntry(name: "new:reversed") { vm, args, _ throws(PyError) in
            let x = args[0]
            if let r = try vm.callDunder(x, "__reversed__", []) { return r }
            if case .object(let r) = x {
                switch vm.heap.objects[r.slot] {
                case .list, .tuple, .range, .str, .dictView, .dict, .bytes, .bytearray:
                    let kinds = ["list": "list_reverseiterator", "range": "range_iterator", "dict": "dict_reversekeyiterator"]
                    let kind = kinds[vm.heap.typeName(x)] ?? "reversed"
                    return vm.heap.newVM(.iterator(.items(try vm.iterate(x).reversed(), index: 0, kind: kind)))
                case .instance:
                    let n = try vm.pyLength(x)
                    var out: [Value] = []
                    for i in stride(from: n - 1, through: 0, by: -1) { out.append(try vm.getSubscript(x, .int(i))) }
                    return vm.heap.newVM(.iterator(.items(out, index: 0, kind: "reversed")))
                default: break
                }
            }
            throw .typeError("'\(vm.heap.typeName(x))' object is not reversible")
        },
        NativeEntry(name: "new:property") { vm, args, kw throws(PyError) in
            let none = Value.none
            let fget: Value = vm.arg(args, 0) ?? vm.kwarg(kw, "fget") ?? none
            let fset: Value = vm.arg(args, 1) ?? vm.kwarg(kw, "fset") ?? none
            let fdel: Value = vm.arg(args, 2) ?? vm.kwarg(kw, "fdel") ?? none
            let doc: Value = vm.arg(args, 3) ?? vm.kwarg(kw, "doc") ?? none
            return vm.heap.newVM(.property(fget: fget, fset: fset, fdel: fdel, doc: doc))
        },
        NativeEntry(name: "new:staticmethod") { vm, args, _ throws(PyError) in vm.heap.newVM(.staticMethod(args[0])) },
        NativeEntry(name: "new:classmethod") { vm, args, _ throws(PyError) in vm.heap.newVM(.classMethod(args[0])) },
        NativeEntry(name: "new:super") { vm, args, _ throws(PyError) in
            if args.count == 2 { return vm.heap.newVM(.superObject(cls: args[0], receiver: args[1])) }
            // Zero-argument super(): the `__class__` cell and first argument of the calling frame.
            let code = vm.top.code
            guard let idx = code.freevars.firstIndex(of: "__class__") else { throw .runtime("super(): __class__ cell not found") }
            let cellValue = vm.top.cells[code.cellvars.count + idx]
            guard case .object(let c) = cellValue, case .cell(let cls) = vm.heap.objects[c.slot] else {
                throw .runtime("super(): empty __class__ cell")
            }
            var receiver: Value? = vm.top.fast.first ?? nil
            if code.cellvars.first == code.varnames.first, case .object(let sc)? = vm.top.cells.first,
               case .cell(let s) = vm.heap.objects[sc.slot] { receiver = s }
            guard let receiver else { throw .runtime("super(): no arguments") }
            return vm.heap.newVM(.superObject(cls: cls, receiver: receiver))
        },
    ]

    /// Natives stored in built-in class dicts (object, BaseException, stream objects).
    static let methods: [NativeEntry] = [
        NativeEntry(name: "object.__init__") { _, _, _ throws(PyError) in .none },
        // typeobject.c `object___init_subclass__`: a class method (Builtins+Setup.swift wraps
        // it) that accepts nothing, so class keywords nobody consumed are an error.
        NativeEntry(name: "object.__init_subclass__") { vm, args, kw throws(PyError) in
            if !kw.isEmpty, let cls = args.first {
                throw .typeError("\(vm.heap.pyClass(cls)?.name ?? "object").__init_subclass__() takes no keyword arguments")
            }
            if args.count > 1 { throw .typeError("object.__init_subclass__() takes no arguments (\(args.count - 1) given)") }
            return .none
        },
        // What a metaclass reaches through super(): class creation and the call of a class.
        NativeEntry(name: "type.__new__") { vm, args, kw throws(PyError) in try vm.typeNewCall(args, kw) },
        NativeEntry(name: "type.__setattr__") { vm, args, _ throws(PyError) in
            guard args.count == 3 else { throw .typeError("expected 3 arguments, got \(args.count)") }
            try vm.typeSetAttr(args[0], try vm.strArg(args[1], "__setattr__"), args[2])
            return .none
        },
        NativeEntry(name: "type.__call__") { vm, args, kw throws(PyError) in
            guard let cls = args.first, vm.heap.pyClass(cls) != nil else {
                throw .typeError("descriptor '__call__' requires a 'type' object")
            }
            return try vm.construct(cls, Array(args.dropFirst()), kw)
        },
        // A bare instance of a user class, its __init__ not called (copy, __new__ overrides).
        NativeEntry(name: "object.__new__") { vm, args, kw throws(PyError) in
            guard let cls = args.first, let c = vm.heap.pyClass(cls) else {
                throw .typeError("object.__new__(X): X is not a type object (\(args.first.map { vm.heap.typeName($0) } ?? "nothing"))")
            }
            if c.builtin == "object" { return vm.heap.newInstance(cls) }
            if let b = c.builtinBase { return try vm.newBuiltinSubclassInstance(cls, b, Array(args.dropFirst()), kw) }
            // `super().__new__(cls, ...)` in an exception class reaches here, the engine's
            // BaseException having no `__new__` entry of its own: BaseException_new's object.
            if c.isException {
                return vm.heap.newVM(.exception(PyException(cls: cls, args: vm.heap.newTuple(Array(args.dropFirst())))))
            }
            guard c.builtin == nil else {
                throw .typeError("object.__new__(\(c.name)) is not safe, use \(c.name).__new__()")
            }
            return vm.heap.newInstance(cls)
        },
        NativeEntry(name: "object.__repr__") { vm, args, _ throws(PyError) in
            guard case .object(let r) = args[0], case .instance(let i) = vm.heap.objects[r.slot] else { return vm.heap.newStr(try vm.builtinRepr(args[0])) }
            let c = vm.heap.pyClass(i.cls)
            return vm.heap.newStr("<\(c?.module ?? "__main__").\(c?.qualname ?? "object") object at 0x\(String(vm.heap.identity(r), radix: 16))>")
        },
        NativeEntry(name: "object.__str__") { vm, args, _ throws(PyError) in vm.heap.newStr(try vm.repr(args[0])) },
        NativeEntry(name: "object.__eq__") { _, args, _ throws(PyError) in args[0].isIdentical(to: args[1]) ? .true : .notImplemented },
        NativeEntry(name: "object.__hash__") { vm, args, _ throws(PyError) in
            if case .object(let r) = args[0] { return .int(vm.heap.identity(r) >> 4) }
            return .int(0)
        },
        NativeEntry(name: "object.__setattr__") { vm, args, _ throws(PyError) in
            guard args.count == 3 else { throw .typeError("expected 3 arguments, got \(args.count)") }
            if case .object(let r) = args[0], let cls = vm.heap.instanceClass(r) {
                try vm.checkSlotsStore(args[0], cls, try vm.strArg(args[1], "__setattr__"), args[1])
            }
            guard case .object(let r) = args[0], var i = vm.heap.takeInstance(r) else { return .none }
            defer { vm.heap.putBack(r, .instance(i)) }
            try i.attributes.set(args[1], args[2], rt: &vm)
            return .none
        },
        NativeEntry(name: "object.__delattr__") { vm, args, _ throws(PyError) in
            guard args.count == 2 else { throw .typeError("expected 2 arguments, got \(args.count)") }
            try vm.objectDelAttr(args[0], try vm.strArg(args[1], "__delattr__"))
            return .none
        },
        NativeEntry(name: "object.__getattribute__") { vm, args, _ throws(PyError) in
            try vm.getAttr(args[0], try vm.strArg(args[1], "getattr"))
        },
        NativeEntry(name: "BaseException.__init__") { vm, args, _ throws(PyError) in
            let t = vm.heap.newTuple(Array(args.dropFirst()))
            vm.updateException(args[0]) { $0.args = t }
            return .none
        },
        NativeEntry(name: "BaseException.__str__") { vm, args, _ throws(PyError) in vm.heap.newStr(vm.exceptionMessage(args[0])) },
        NativeEntry(name: "BaseException.with_traceback") { vm, args, _ throws(PyError) in
            try vm.setTraceback(args[0], args.count > 1 ? args[1] : .none)
            return args[0]
        },
        NativeEntry(name: "stream.write") { vm, args, _ throws(PyError) in
            let s = try vm.str(args[1])
            vm.write(s, fd: vm.streamFD(args[0]) ?? 1)
            return .int(s.unicodeScalars.count)
        },
        NativeEntry(name: "stream.flush") { vm, args, _ throws(PyError) in
            vm.flushStream(fd: vm.streamFD(args[0]) ?? 1)
            return .none
        },
    ]
}
