/// `Pattern.sub` / `subn` with a literal replacement, done natively as CPython's
/// `pattern_subx` does it in C: the result is built in one buffer, with no match tuple, slice
/// or piece list made per match (the prelude's loop made three objects a match: a program
/// doing only `re.sub(r"\d", "#", text)` over 900 KB took 1.2 s and 156 MB), and no switch
/// point falls inside it, as none does inside the C loop holding the GIL.
extension RegexCache {
    /// `args` = (pattern, flags, string, literal, count): the string with up to `limit`
    /// matches replaced by `literal`, and how many were. With no match an exact str or bytes
    /// is returned itself (CPython's join of the one piece); a bytearray gives bytes.
    static func substitute(_ args: [Value], limit: Int, _ vm: inout Interp) throws(PyError) -> Value {
        let (program, subject) = try subject(args, &vm)
        let result: Value, n: Int
        switch subject {
        case .ascii(let u):
            guard let literal = vm.heap.string(args[3]) else { return try mismatched(program, u, args, &vm) }
            let (out, count) = try replace(program, u, Array(literal.utf8), limit, &vm)
            n = count
            result = count == 0 ? args[2] : vm.heap.newStr(String(decoding: out, as: UTF8.self))
        case .text(let u):
            guard let literal = vm.heap.string(args[3]) else { return try mismatched(program, u, args, &vm) }
            let (out, count) = try replace(program, u, Array(literal.unicodeScalars), limit, &vm)
            n = count
            result = count == 0 ? args[2] : vm.heap.newStr(String(scalars: out[...]))
        case .bytes(let b, let exact):
            guard let literal = vm.heap.bytes(args[3]) else { return try mismatched(program, b, args, &vm) }
            let (out, count) = try replace(program, b, literal, limit, &vm)
            n = count
            result = count == 0 && exact ? args[2] : vm.heap.newBytes(count == 0 ? b : out)
        }
        return vm.heap.newTuple([result, .int(n)])
    }

    /// A replacement of the other kind than the subject (bytes for a str): CPython joins the
    /// pieces anyway, so with no match the subject comes back, and otherwise the join fails
    /// at the first replacement, the piece before it counted only when not empty.
    private static func mismatched<U: RegexUnit>(_ program: RegexProgram, _ subject: [U], _ args: [Value],
                                                 _ vm: inout Interp) throws(PyError) -> Value {
        var matcher = RegexMatcher(program: program, subject: subject, end: subject.count)
        guard try matcher.find(from: 0, mode: .search, mustAdvance: false, &vm) else {
            let same: Value
            if case .object(let r) = args[2], case .bytearray(let b) = vm.heap.objects[r.slot] {
                same = vm.heap.newBytes(b)
            } else {
                same = args[2]
            }
            return vm.heap.newTuple([same, .int(0)])
        }
        let item = matcher.saves[0] > 0 ? 1 : 0
        let found = vm.heap.typeName(args[3])
        if vm.heap.string(args[2]) != nil {
            throw .typeError("sequence item \(item): expected str instance, \(found) found")
        }
        throw .typeError("sequence item \(item): expected a bytes-like object, \(found) found")
    }

    /// `subject` with up to `limit` successive non-overlapping search matches replaced by
    /// `literal` (empty matches as `scan` finds them), and how many; empty when none.
    private static func replace<U: RegexUnit>(_ program: RegexProgram, _ subject: [U], _ literal: [U], _ limit: Int,
                                              _ vm: inout Interp) throws(PyError) -> ([U], Int) {
        try vm.meter(bytes: subject.count)
        let end = subject.count
        var matcher = RegexMatcher(program: program, subject: subject, end: end)
        var out: [U] = []
        var n = 0, last = 0, at = 0, mustAdvance = false
        while n < limit && at <= end {
            guard try matcher.find(from: at, mode: .search, mustAdvance: mustAdvance, &vm) else { break }
            let start = matcher.saves[0], stop = matcher.saves[1]
            try vm.heap.reserve(count: out.count + (start - last) + literal.count, of: MemoryLayout<U>.stride)
            out.append(contentsOf: subject[last..<start])
            out.append(contentsOf: literal)
            n += 1
            last = stop
            mustAdvance = stop == start
            at = stop
        }
        guard n > 0 else { return ([], 0) }
        try vm.heap.reserve(count: out.count + (end - last), of: MemoryLayout<U>.stride)
        out.append(contentsOf: subject[last..<end])
        try vm.meter(bytes: out.count)
        return (out, n)
    }
}
