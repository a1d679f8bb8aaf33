import BigInt

/// Start-up: the class hierarchy, the builtins namespace, and method calls on built-in kinds.
extension Interp {
    static let exceptionTree: [(String, String)] = [
        ("Exception", "BaseException"), ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
        ("GeneratorExit", "BaseException"), ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"), ("FloatingPointError", "ArithmeticError"), ("AssertionError", "Exception"),
        ("AttributeError", "Exception"), ("BufferError", "Exception"), ("EOFError", "Exception"),
        ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"), ("LookupError", "Exception"),
        ("IndexError", "LookupError"), ("KeyError", "LookupError"), ("MemoryError", "Exception"),
        ("NameError", "Exception"), ("UnboundLocalError", "NameError"), ("OSError", "Exception"),
        ("FileNotFoundError", "OSError"), ("FileExistsError", "OSError"), ("PermissionError", "OSError"),
        ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("TimeoutError", "OSError"),
        ("ConnectionError", "OSError"), ("ConnectionResetError", "ConnectionError"),
        ("ConnectionRefusedError", "ConnectionError"), ("ConnectionAbortedError", "ConnectionError"), ("BrokenPipeError", "ConnectionError"), ("InterruptedError", "OSError"),
        ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"), ("ProcessLookupError", "OSError"),
        ("ReferenceError", "Exception"), ("RuntimeError", "Exception"), ("RecursionError", "RuntimeError"),
        ("NotImplementedError", "RuntimeError"), ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"),
        ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("SystemError", "Exception"),
        ("TypeError", "Exception"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
        ("UnicodeEncodeError", "UnicodeError"), ("UnicodeDecodeError", "UnicodeError"), ("Warning", "Exception"),
        ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"), ("SyntaxWarning", "Warning"), ("FutureWarning", "Warning"),
        ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"), ("BytesWarning", "Warning"),
        ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
    ]

    /// Builds classes and the builtins namespace (`_PyBuiltin_Init`).
    mutating func setUpBuiltins() {
        let object = makeClass("object", bases: [], builtin: "object")
        for name in ["int", "float", "complex", "str", "list", "tuple", "dict", "set", "frozenset", "bytes", "bytearray", "range", "slice",
                     "type", "NoneType", "function", "property", "staticmethod", "classmethod", "super", "enumerate",
                     "zip", "map", "filter", "reversed", "generator", "module", "method", "builtin_function_or_method", "stream"] {
            makeClass(name, bases: [object], builtin: name)
        }
        makeClass("bool", bases: [builtinClass("int")], builtin: "bool")
        let base = makeClass("BaseException", bases: [object], builtin: "BaseException")
        _ = base
        for (name, parent) in Interp.exceptionTree {
            makeClass(name, bases: [builtinClass(parent)], builtin: name)
        }
        process.classes["IOError"] = process.classes["OSError"]
        process.classes["EnvironmentError"] = process.classes["OSError"]
        let b = heap.alloc(.dict(PyDict()))
        process.builtins = b
        for (name, cls) in process.classes {
            guard !["NoneType", "function", "generator", "module", "method", "builtin_function_or_method", "stream"].contains(name) else { continue }
            try? dictSet(b, name, cls)
        }
        for (i, entry) in Natives.table.enumerated() where !entry.name.contains(":") && !entry.name.contains(".") {
            try? dictSet(b, entry.name, heap.newVM(.native(index: i, receiver: nil)))
        }
        try? dictSet(b, "quit", dictGet(b, "exit") ?? .none)
        try? dictSet(b, "None", .none)
        try? dictSet(b, "NotImplemented", .notImplemented)
        try? dictSet(b, "Ellipsis", .ellipsis)
        try? dictSet(b, "__name__", heap.newStr("builtins"))
        // Methods living in built-in class dicts.
        for (i, entry) in Natives.table.enumerated() {
            let parts = entry.name.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let cls = process.classes[parts[0]], let c = heap.pyClass(cls) else { continue }
            let native = heap.newVM(.native(index: i, receiver: nil))
            try? dictSet(c.dict, parts[1], parts[1] == "__init_subclass__" ? heap.newVM(.classMethod(native)) : native)
        }
    }

    /// CPython's TypeError for a call of built-in method `name` of `receiver` with `count`
    /// positional arguments, if that is too few or too many (the methods index `args`).
    func checkArity(_ receiver: Value, _ name: String, _ count: Int) throws(PyError) {
        guard let arity = BuiltinMethodArity.table[heap.typeName(receiver)]?[name] else { return }
        try arity.check(count)
    }

    /// CPython's TypeError for a call of built-in function `index` (`Natives.table`) with
    /// `count` positional arguments, if that is too few or too many.
    @inline(__always)
    func checkFunctionArity(_ index: Int, _ count: Int) throws(PyError) {
        if let arity = Natives.functionArity[index] { try arity.check(count) }
    }
}

extension BuiltinMethodArity {
    /// Throws CPython's TypeError when `count` positional arguments are too few or too many.
    func check(_ count: Int) throws(PyError) {
        if count < min, let message = tooFew {
            throw .typeError(message.replacing("{n}", with: String(count)))
        }
        if let max, count > max, let message = tooMany {
            throw .typeError(message.replacing("{n}", with: String(count)))
        }
    }
}

extension Interp {
    /// Calls `receiver.name(*args, **kwargs)` for built-in receivers (`arityChecked`: the
    /// caller has checked the argument count already).
    mutating func callBuiltinMethodOf(_ receiver: Value, _ name: String, _ args: [Value], _ kwargs: [(String, Value)],
                                      arityChecked: Bool = false) throws(PyError) -> Value {
        if case .object(let r) = receiver {
            if heap.kind(r) == .instance, let base = try builtinBaseValue(receiver) {
                return try callOnBuiltinBase(receiver, base, name, args, kwargs)
            }
            // `dict.__setitem__(d, k, v)` and the like on a plain built-in value.
            if name.hasPrefix("__"), heap.kind(r) != .vm, !BuiltinMethodNames.has(heap.typeName(receiver), name),
               let v = try builtinDunder(receiver, receiver, name, args, kwargs) {
                return v
            }
        }
        if let cls = heap.pyClass(receiver) {
            // Methods looked up on a built-in class: `str.upper(s)`, `dict.fromkeys(...)`.
            switch name {
            case "fromkeys": return try dictFromKeys(args.first ?? .none, args.count > 1 ? args[1] : .none)
            case "from_bytes": return try intFromBytes(args, kwargs)
            case "maketrans": return cls.name == "str" ? try strMaketrans(args) : try bytesMaketrans(args)
            case "fromhex":
                guard let text = args.first.flatMap({ heap.string($0) }) else {
                    throw .typeError("fromhex() argument must be str, not \(args.first.map { heap.typeName($0) } ?? "NoneType")")
                }
                // bytes_fromhex: pairs of digits, ASCII whitespace between pairs only; the error
                // names the offending position in the original text.
                let hex = Array(text.unicodeScalars)
                var out: [UInt8] = []
                var i = 0
                while i < hex.count {
                    if hex[i].isASCII, hex[i].properties.isWhitespace { i += 1; continue }
                    guard hex[i].isASCII, let hi = Heap.digitValue(hex[i]), hi < 16 else {
                        throw .valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
                    }
                    guard i + 1 < hex.count, hex[i + 1].isASCII, let lo = Heap.digitValue(hex[i + 1]), lo < 16 else {
                        throw .valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
                    }
                    out.append(UInt8(hi * 16 + lo))
                    i += 2
                }
                return cls.name == "bytearray" ? heap.newByteArray(out) : heap.newBytes(out)
            default:
                guard let first = args.first else {
                    throw .typeError("unbound method \(cls.name).\(name)() needs an argument")
                }
                // `str.upper(f)` of a non-str (instances of user subclasses are left alone).
                var userInstance = false
                if case .object(let fr) = first { userInstance = heap.instanceClass(fr) != nil }
                if let builtin = cls.builtin, BuiltinMethodNames.has(builtin, name), !userInstance {
                    let type = heap.typeName(first)
                    if type != builtin && !(builtin == "int" && type == "bool") {
                        throw .typeError("descriptor '\(name)' for '\(builtin)' objects doesn't apply to a '\(type)' object")
                    }
                }
                return try callBuiltinMethodOf(first, name, Array(args.dropFirst()), kwargs)
            }
        }
        if case .object(let r) = receiver {
            if kwargs.isEmpty && !arityChecked { try checkArity(receiver, name, args.count) }
            // Class methods reached through an instance: `d.fromkeys(...)` is `dict.fromkeys(...)`.
            if BuiltinMethodNames.isClassMethod(heap.typeName(receiver), name) {
                return try callBuiltinMethodOf(classOf(receiver), name, args, kwargs)
            }
            switch heap.objects[r.slot] {
            case .vm(.generator(let g)):
                if g.kind == .asyncGenerator, let result = try asyncGeneratorMethod(receiver, name, args) { return result }
                switch name {
                case "__await__" where g.kind == .coroutine: return receiver
                case "send": return try generatorSend(r, args.first ?? .none)
                case "__next__": return try generatorSend(r, .none)
                case "__iter__": return receiver
                case "throw":
                    return try generatorSend(r, .none, throwing: try exceptionToThrow(args))
                case "close": return try generatorClose(r)
                default: break
                }
            case .vm(.iterator(.asyncGenStep)):
                switch name {
                case "__iter__", "__await__": return receiver
                case "__next__", "send":
                    return try asyncGenStepSend(r, name == "send" ? args.first ?? .none : .none, throwing: nil)
                case "throw":
                    return try asyncGenStepSend(r, .none, throwing: try exceptionToThrow(args))
                case "close": return .none
                default: break
                }
            case .vm(.iterator), .iterator:
                if name == "__iter__" { return receiver }
                if name == "__next__" {
                    if let v = try iterNext(receiver) { return v }
                    throw .stopIteration
                }
            case .vm(.property(let g, let s, let d, let doc)):
                let f = args.first ?? .none
                switch name {
                case "getter": return heap.newVM(.property(fget: f, fset: s, fdel: d, doc: doc))
                case "setter": return heap.newVM(.property(fget: g, fset: f, fdel: d, doc: doc))
                case "deleter": return heap.newVM(.property(fget: g, fset: s, fdel: f, doc: doc))
                default: break
                }
            case .list:
                if name == "sort" {
                    if !args.isEmpty { throw .typeError("sort() takes no positional arguments") }
                    try sortListValue(receiver, kwargs)
                    return .none
                }
            case .str(let s):
                if name == "format" { return heap.newStr(try strFormat(s.value, args: args, kwargs: kwargs)) }
                if name == "translate", let table = args.first { return try strTranslate(s.value, table) }
            case .bytes, .bytearray:
                if name == "translate" { return try bytesTranslate(receiver, args, kwargs) }
            case .dict:
                if name == "update", !kwargs.isEmpty {
                    if let a = args.first { try dictUpdate(r, from: a) }
                    for (k, v) in kwargs { try dictSet(r, k, v) }
                    return .none
                }
            default: break
            }
        }
        switch (name, receiver) {
        case ("to_bytes", .int), ("to_bytes", .bool):
            return try intToBytes(receiver, args, kwargs)
        case ("to_bytes", _) where heap.bigint(receiver) != nil:
            return try intToBytes(receiver, args, kwargs)
        case ("bit_length", _):
            switch heap.num(receiver) {
            case .int(let i)?: return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
            case .big(let b)?: return .int(b.magnitude.bitWidth)
            default: break
            }
        case ("as_integer_ratio", .float(let d)):
            guard d.isFinite else {
                throw d.isNaN ? .valueError("cannot convert NaN to integer ratio") : .overflow("cannot convert Infinity to integer ratio")
            }
            // float_as_integer_ratio: mantissa * 2**exponent, reduced.
            var num = BigInt(d.significandBitPattern) | (d.isNormal ? BigInt(1) << 52 : BigInt(0))
            var exp = (d.isNormal ? Int(d.exponentBitPattern) : 1) - 1075
            var den = BigInt(1)
            if d == 0 { num = 0; exp = 0 }
            if exp > 0 { num <<= exp } else if exp < 0 { den <<= -exp }
            let g = num.greatestCommonDivisor(with: den)
            if g > 1 { num /= g; den /= g }
            if d < 0 { num = -num }
            return heap.newTuple([heap.makeInt(num), heap.makeInt(den)])
        case ("hex", .float(let d)):
            // float_hex: 0x<1|0>.<13 hex digits>p<exp>.
            if d.isNaN { return heap.newStr("nan") }
            if d.isInfinite { return heap.newStr(d < 0 ? "-inf" : "inf") }
            let sign = d.sign == .minus ? "-" : ""
            if d == 0 { return heap.newStr(sign + "0x0.0p+0") }
            let lead = d.isNormal ? "1" : "0"
            let e = d.isNormal ? Int(d.exponentBitPattern) - 1023 : -1022
            var digits = String(d.significandBitPattern, radix: 16)
            digits = String(repeating: "0", count: 13 - digits.count) + digits
            return heap.newStr("\(sign)0x\(lead).\(digits)p\(e >= 0 ? "+" : "")\(e)")
        case ("is_integer", .float(let d)):
            return .bool(d.isFinite && d.rounded(.towardZero) == d)
        case ("conjugate", _):
            if let c = heap.complex(receiver) { return heap.newComplex(PyComplex(re: c.re, im: -c.im)) }
            return receiver
        default: break
        }
        // Iterables built by Python code (generators, user iterators) become lists first, for
        // the methods that consume an iterable; any other argument (`d.get(k, default)`) is
        // passed as it is.
        var plain: [Value] = []
        let consumesIterables = BuiltinMethodNames.consumingIterables.contains(name)
        for a in args {
            if consumesIterables, case .object(let ar) = a {
                // A subclass of a built-in type is consumed as its built-in value is.
                if heap.kind(ar) == .instance, let base = try builtinBaseValue(a) { plain.append(base); continue }
                switch heap.objects[ar.slot] {
                case .vm(.generator), .vm(.iterator), .instance: plain.append(isIterable(a) ? heap.newList(try iterate(a)) : a)
                    continue
                default: break
                }
            }
            plain.append(a)
        }
        if !kwargs.isEmpty {
            // Only these built-in methods take keywords; CPython rejects them for the rest.
            if !BuiltinMethodNames.takingKeywords.contains(name) {
                throw .typeError("\(heap.typeName(receiver)).\(name)() takes no keyword arguments")
            }
            // Keyword forms of those methods (`split(sep=...)`): each in its parameter's
            // position, the ones skipped before it as None (their defaults).
            let names = BuiltinMethodNames.keywordParameters[name] ?? []
            let positional = plain.count
            for (k, v) in kwargs {
                guard let i = names.firstIndex(of: k) else {
                    throw .typeError("'\(k)' is an invalid keyword argument for \(name)()")
                }
                if i < positional {
                    throw .typeError("argument for \(name)() given by name ('\(k)') and position (\(i + 1))")
                }
                while plain.count <= i { plain.append(.none) }
                plain[i] = v
            }
        }
        if let v = try callBuiltinMethod(name, receiver, plain) { return v }
        throw .exception(attributeError(receiver, name))
    }
}
