/// A built-in function written in Swift. Python exceptions come back as `PyError.exception`
/// (or a built-in `PyError`), which the caller turns into a VM-level raise. Natives that need
/// Python code (sorted with key, map, user dunders) call `Interp.callValue`, a nested bounded
/// run of the dispatch loop — the documented simplification for natives calling back.
typealias NativeFn = (inout Interp, [Value], [(String, Value)]) throws(PyError) -> Value

struct NativeEntry {
    let name: String
    let fn: NativeFn
}

/// The registry of all natives; `VMObject.native` holds an index into `table`.
enum Natives {
    static let table: [NativeEntry] = Builtins.functions + Builtins.methods + Modules.functions + Modules.pickleNatives + World.natives
        + RandomNatives.natives + HashNatives.natives + Builtins.weakrefNatives + Builtins.timeNatives + Builtins.frameNatives
        + Builtins.complexNatives + Builtins.evalNatives + Builtins.sysNatives
        + Modules.regexNatives + Builtins.langNatives + Interp.shortcutNatives
    /// Whether each native is a method of a built-in or engine type (`list.append`,
    /// `lock.acquire`: named `type.method`), which binds to the instance it is reached through,
    /// rather than a built-in function (`len`, `time:monotonic`), which CPython does not bind:
    /// `class A: f = len` makes `A().f` the function itself.
    static let bindsAsMethod: [Bool] = table.map { $0.name.contains(".") && !$0.name.contains(":") }
    /// The positional-argument counts of the built-in functions (by `table` index; nil for
    /// the others), which index `args` without checking it.
    static let functionArity: [BuiltinMethodArity?] = table.map { BuiltinMethodArity.table["builtins"]?[$0.name] }
    static let index: [String: Int] = {
        var d: [String: Int] = [:]
        for (i, e) in table.enumerated() where d[e.name] == nil { d[e.name] = i }
        return d
    }()
    /// Built-in type name → native constructor.
    static let constructors: [String: Int] = {
        var d: [String: Int] = [:]
        for name in ["int", "float", "complex", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "bytes",
                     "bytearray", "range", "object", "type", "enumerate", "zip", "map", "filter", "reversed",
                     "property", "staticmethod", "classmethod", "super", "slice", "module"] {
            if let i = index["new:" + name] { d[name] = i }
        }
        return d
    }()
}

/// Names of methods of built-in kinds (for `hasattr` and bound-method objects).
enum BuiltinMethodNames {
    /// Class methods of built-in types that the engine runs on the class, even when reached
    /// through an instance (`d.fromkeys(...)` is `dict.fromkeys(...)`).
    static func isClassMethod(_ type: String, _ name: String) -> Bool {
        (type == "dict" && name == "fromkeys") || ((type == "bytes" || type == "bytearray") && name == "fromhex")
            || ((type == "int" || type == "bool") && name == "from_bytes")
            || ((type == "str" || type == "bytes" || type == "bytearray") && name == "maketrans")
    }

    /// The built-in methods whose arguments are iterables they consume (`list.extend`,
    /// `set.union`, `str.join`...): iterables written in Python become lists for them.
    static let consumingIterables: Set<String> = [
        "extend", "update", "union", "intersection", "difference", "symmetric_difference",
        "intersection_update", "difference_update", "symmetric_difference_update", "issubset",
        "issuperset", "isdisjoint", "join",
    ]
    /// The built-in methods that accept keyword arguments; CPython rejects keywords for the
    /// rest (`dict.get() takes no keyword arguments`).
    static let takingKeywords: Set<String> = ["split", "rsplit", "splitlines", "encode", "decode", "expandtabs",
                                              "hex", "to_bytes", "from_bytes"]
    /// The parameter names of the keyword-taking methods that reach `callBuiltinMethod`, in
    /// order, so a keyword lands in its position (`decode(errors='replace')`).
    static let keywordParameters: [String: [String]] = [
        "split": ["sep", "maxsplit"], "rsplit": ["sep", "maxsplit"], "splitlines": ["keepends"],
        "encode": ["encoding", "errors"], "decode": ["encoding", "errors"], "expandtabs": ["tabsize"],
        "hex": ["sep", "bytes_per_sep"],
    ]
    static let names: [String: Set<String>] = [
        "str": ["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
                "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
                "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
                "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
                "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
                "swapcase", "title", "translate", "upper", "zfill", "__len__", "__contains__", "__getitem__"],
        "list": ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse",
                 "sort", "__len__", "__getitem__", "__contains__"],
        "dict": ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update",
                 "values", "__len__", "__getitem__", "__contains__"],
        "set": ["add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
                "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
                "symmetric_difference", "symmetric_difference_update", "union", "update", "__len__", "__contains__"],
        "frozenset": ["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset",
                      "symmetric_difference", "union", "__len__", "__contains__"],
        "tuple": ["count", "index", "__len__", "__getitem__", "__contains__"],
        "bytes": bytesMethods,
        "bytearray": bytesMethods.union(["append", "extend", "pop", "insert", "remove", "clear", "copy", "reverse"]),
        "range": ["count", "index"],
        "int": ["bit_length", "bit_count", "to_bytes", "from_bytes", "conjugate", "__add__", "__sub__", "__mul__"],
        "bool": ["bit_length"],
        "float": ["is_integer", "hex", "as_integer_ratio", "conjugate"],
        "complex": ["conjugate"],
        "slice": ["indices"],
        "dict_keys": [], "dict_values": [], "dict_items": [],
    ]

    static let bytesMethods: Set<String> = ["decode", "maketrans", "translate", "hex", "fromhex", "count", "find", "index", "join", "replace", "split",
                                            "rsplit", "startswith", "endswith", "strip", "lstrip", "rstrip", "upper",
                                            "lower", "rfind", "rindex", "isdigit", "isalpha", "isalnum", "isspace", "__len__"]

    static func has(_ type: String, _ name: String) -> Bool { names[type]?.contains(name) ?? false }
}

// MARK: - Argument helpers

extension Interp {
    func arg(_ args: [Value], _ i: Int) -> Value? { i < args.count ? args[i] : nil }

    func kwarg(_ kwargs: [(String, Value)], _ name: String) -> Value? {
        kwargs.first { $0.0 == name }?.1
    }

    func intArg(_ v: Value, _ what: String = "") throws(PyError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw .typeError("'\(heap.typeName(v))' object cannot be interpreted as an integer")
        }
    }

    func strArg(_ v: Value, _ fn: String) throws(PyError) -> String {
        guard let s = heap.string(v) else { throw .typeError("\(fn)() argument must be str, not \(heap.typeName(v))") }
        return s
    }

    func expectArgs(_ args: [Value], _ fn: String, _ lo: Int, _ hi: Int) throws(PyError) {
        if args.count < lo {
            if lo == hi { throw .typeError("\(fn)() takes exactly \(lo == 1 ? "one argument" : "\(lo) arguments") (\(args.count) given)") }
            throw .typeError("\(fn) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(args.count)")
        }
        if args.count > hi {
            if lo == hi { throw .typeError("\(fn)() takes exactly \(lo == 1 ? "one argument" : "\(lo) arguments") (\(args.count) given)") }
            throw .typeError("\(fn) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(args.count)")
        }
    }

    /// Writes text to the process's stdout (fd 1) or stderr (fd 2): through the host's
    /// buffered stream when there is one, else into memory.
    mutating func write(_ s: String, fd: Int) {
        if let world {
            world.kernel.write(Array(s.utf8), fd: fd, process: process.pid, io: process.io)
        } else if let io = process.io {
            io.write(Array(s.utf8), fd: fd, process: process.pid)
        } else if fd == 2 {
            process.stderr.append(contentsOf: Array(s.utf8))
        } else {
            process.stdout.append(contentsOf: Array(s.utf8))
        }
        if let world { world.noteOutput(s, fd: fd, vm: self) }
    }

    /// `flush()` of stdout (fd 1) or stderr (fd 2); output kept in memory needs none.
    func flushStream(fd: Int) {
        process.io?.flush(fd: fd, process: process.pid)
    }
}
