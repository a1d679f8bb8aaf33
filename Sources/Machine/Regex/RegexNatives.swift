import Foundation

/// The `_sre` natives the `re` prelude calls. Compiled programs live in a process-wide cache
/// keyed by pattern and flags (they are immutable, so every run and world shares them); the
/// prelude's own cache of `Pattern` objects sits in front, as `re._cache` does in CPython.
extension Modules {
    static var regexNatives: [NativeEntry] { regexMatchNatives + regexTemplateNatives }

    static let regexMatchNatives: [NativeEntry] = [
        // compile(pattern, flags) -> (flags, groups, ((name, index), ...)), or
        // (message, position) when CPython's parser raises: position -1 is an OverflowError,
        // -2 a ValueError, -3 an re.error without a position, -4 a RecursionError.
        NativeEntry(name: "_sre:compile") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "compile", 2, 2)
            switch RegexCache.program(try RegexCache.key(args[0], args[1], &vm)) {
            case .success(let p):
                let names = p.groupIndex.map { vm.heap.newTuple([vm.heap.newStr($0.0), .int($0.1)]) }
                return vm.heap.newTuple([.int(p.flags), .int(p.groups), vm.heap.newTuple(names)])
            case .failure(let e):
                return vm.heap.newTuple([vm.heap.newStr(e.message), .int(e.overflow ? -1 : e.position)])
            }
        },
        // match(pattern, flags, string, pos, endpos, mode) -> (lastindex, start0, end0, ...)
        // or None; mode 0 match, 1 fullmatch, 2 search.
        NativeEntry(name: "_sre:match") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "match", 6, 6)
            let mode = RegexMode(rawValue: try vm.intArg(args[5])) ?? .search
            let found = try RegexCache.scan(args, mode: mode, limit: 1, &vm)
            return found.first ?? .none
        },
        // scan(pattern, flags, string, pos, endpos, limit) -> [match tuples]: successive
        // non-overlapping search matches (finditer, findall, sub, split); limit 0 is no limit.
        NativeEntry(name: "_sre:scan") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "scan", 6, 6)
            let limit = try vm.intArg(args[5])
            return vm.heap.newList(try RegexCache.scan(args, mode: .search, limit: limit <= 0 ? Int.max : limit, &vm))
        },
        // sub(pattern, flags, string, literal, count) -> (result, n): a literal replacement
        // (RegexSubstitution.swift); count 0 is no limit.
        NativeEntry(name: "_sre:sub") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "sub", 5, 5)
            let count = try vm.intArg(args[4])
            return try RegexCache.substitute(args, limit: count <= 0 ? Int.max : count, &vm)
        },
        // split(pattern, flags, string, maxsplit) -> [pieces, with each group's text or None
        // after the piece it ends] (RegexSplit.swift); maxsplit 0 is no limit.
        NativeEntry(name: "_sre:split") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "split", 4, 4)
            let limit = try vm.intArg(args[3])
            return try RegexCache.split(args, limit: limit <= 0 ? Int.max : limit, &vm)
        },
    ]
}

/// What a native `re` operation walks: a str of ASCII only as its bytes (positions are the
/// same), any other str as its code points, or a bytes-like (`exact`: a bytes, not a bytearray).
enum RegexSubject {
    case ascii([UInt8])
    case text([Unicode.Scalar])
    case bytes([UInt8], exact: Bool)
}

/// Compiled patterns by (pattern, is text, flags), shared by every run in the process.
enum RegexCache {
    struct Key: Hashable {
        /// A str pattern's UTF-8 (its code points, compared as Python compares strs), or a
        /// bytes pattern's bytes: copied and hashed as bytes, as every match call builds its
        /// key (decoding to code points first cost ~30 instructions a character).
        var pattern: [UInt8]
        var isText: Bool
        var flags: Int

        func hash(into hasher: inout Hasher) {
            pattern.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(isText)
            hasher.combine(flags)
        }

        /// The pattern as the parser reads it: code points for a str, bytes for bytes.
        var units: [UInt32] {
            isText ? String(decoding: pattern, as: UTF8.self).unicodeScalars.map(\.value) : pattern.map { UInt32($0) }
        }
    }

    private static let lock = NSLock()
    private static var entries: [Key: Result<RegexProgram, RegexSyntaxError>] = [:]
    /// Past this many entries the cache starts again (CPython's `_MAXCACHE` is 512).
    static let limit = 512

    static func key(_ pattern: Value, _ flags: Value, _ vm: inout Interp) throws(PyError) -> Key {
        let f = try vm.intArg(flags)
        if let s = vm.heap.string(pattern) { return Key(pattern: Array(s.utf8), isText: true, flags: f) }
        if let b = vm.heap.bytes(pattern) { return Key(pattern: b, isText: false, flags: f) }
        throw .typeError("first argument must be string or compiled pattern")
    }

    static func program(_ key: Key) -> Result<RegexProgram, RegexSyntaxError> {
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let cached { return cached }
        let made: Result<RegexProgram, RegexSyntaxError>
        do { made = .success(try RegexProgram.compile(key.units, isText: key.isText, flags: key.flags)) } catch { made = .failure(error) }
        lock.lock()
        if entries.count >= limit { entries.removeAll() }
        entries[key] = made
        lock.unlock()
        return made
    }

    /// The compiled pattern and the subject of `args` = (pattern, flags, string, ...), with
    /// CPython's TypeErrors for a subject that is not a str or bytes-like, or of the other kind.
    static func subject(_ args: [Value], _ vm: inout Interp) throws(PyError) -> (RegexProgram, RegexSubject) {
        let key = try key(args[0], args[1], &vm)
        guard case .success(let program) = program(key) else { throw .valueError("invalid pattern") }
        guard case .object(let r) = args[2] else {
            throw .typeError("expected string or bytes-like object, got '\(vm.heap.typeName(args[2]))'")
        }
        switch vm.heap.objects[r.slot] {
        case .str(let s):
            guard key.isText else { throw .typeError("cannot use a bytes pattern on a string-like object") }
            return (program, s.isASCII ? .ascii(Array(s.value.utf8)) : .text(vm.heap.strScalars(r)))
        case .bytes(let b):
            guard !key.isText else { throw .typeError("cannot use a string pattern on a bytes-like object") }
            return (program, .bytes(b, exact: true))
        case .bytearray(let b):
            guard !key.isText else { throw .typeError("cannot use a string pattern on a bytes-like object") }
            return (program, .bytes(b, exact: false))
        default:
            throw .typeError("expected string or bytes-like object, got '\(vm.heap.typeName(args[2]))'")
        }
    }

    /// Up to `limit` matches of `args` = (pattern, flags, string, pos, endpos, ...), each
    /// as a tuple (lastindex, start0, end0, start1, end1, ...) in code-point positions.
    static func scan(_ args: [Value], mode: RegexMode, limit: Int, _ vm: inout Interp) throws(PyError) -> [Value] {
        switch try subject(args, &vm) {
        case (let program, .ascii(let u)), (let program, .bytes(let u, _)): return try scan(program, u, args, mode, limit, &vm)
        case (let program, .text(let u)): return try scan(program, u, args, mode, limit, &vm)
        }
    }

    private static func scan<U: RegexUnit>(_ program: RegexProgram, _ subject: [U], _ args: [Value], _ mode: RegexMode,
                                           _ limit: Int, _ vm: inout Interp) throws(PyError) -> [Value] {
        try vm.meter(bytes: subject.count)
        let n = subject.count
        let pos = Swift.max(0, Swift.min(n, try vm.intArg(args[3])))
        let endpos = Swift.max(0, Swift.min(n, try vm.intArg(args[4])))
        var out: [Value] = []
        guard endpos >= pos else { return out }
        var matcher = RegexMatcher(program: program, subject: subject, end: endpos)
        var at = pos, mustAdvance = false
        while out.count < limit && at <= endpos {
            guard try matcher.find(from: at, mode: mode, mustAdvance: mustAdvance, &vm) else { break }
            var spans: [Value] = [.int(matcher.lastIndex)]
            spans.reserveCapacity(matcher.saves.count + 1)
            for s in matcher.saves { spans.append(.int(s)) }
            try vm.heap.reserve(bytes: spans.count * MemoryLayout<Value>.stride)
            out.append(vm.heap.newTuple(spans))
            mustAdvance = matcher.saves[1] == matcher.saves[0]
            at = matcher.saves[1]
        }
        return out
    }
}
