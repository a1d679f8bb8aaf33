/// `Pattern.split`, done natively as CPython's `pattern_split` does it in C: the pieces are
/// cut straight from the subject (the prelude's loop made a match tuple and ran a dozen
/// instructions a piece: `re.split(r"\s+", text)` over 900 KB made 90,000 of each), and no
/// switch point falls inside it.
extension RegexCache {
    /// `args` = (pattern, flags, string, maxsplit): the pieces between up to `limit` matches,
    /// each match's groups after it. As `_sre`'s `getslice`, a piece of a bytes-like is bytes,
    /// and a piece that is the whole of an exact str or bytes is that object.
    static func split(_ args: [Value], limit: Int, _ vm: inout Interp) throws(PyError) -> Value {
        let (program, subject) = try subject(args, &vm)
        var pieces: [Value] = []
        switch subject {
        case .ascii(let u):
            for span in try spans(program, u, limit, &vm) {
                guard let span else { pieces.append(.none); continue }
                pieces.append(span.count == u.count ? args[2] : vm.heap.newStr(String(decoding: u[span], as: UTF8.self)))
            }
        case .text(let u):
            for span in try spans(program, u, limit, &vm) {
                guard let span else { pieces.append(.none); continue }
                pieces.append(span.count == u.count ? args[2] : vm.heap.newStr(String(scalars: u[span])))
            }
        case .bytes(let b, let exact):
            for span in try spans(program, b, limit, &vm) {
                guard let span else { pieces.append(.none); continue }
                pieces.append(exact && span.count == b.count ? args[2] : vm.heap.newBytes(Array(b[span])))
            }
        }
        return vm.heap.newList(pieces)
    }

    /// The spans `split` cuts from `subject`: the text before each of up to `limit` successive
    /// matches (empty matches as `scan` finds them), then each group's span (nil: it did not
    /// take part), and last the text after the last match.
    private static func spans<U: RegexUnit>(_ program: RegexProgram, _ subject: [U], _ limit: Int,
                                            _ vm: inout Interp) throws(PyError) -> [Range<Int>?] {
        try vm.meter(bytes: subject.count)
        let end = subject.count
        var matcher = RegexMatcher(program: program, subject: subject, end: end)
        var out: [Range<Int>?] = []
        var n = 0, last = 0, at = 0, mustAdvance = false
        while n < limit && at <= end {
            guard try matcher.find(from: at, mode: .search, mustAdvance: mustAdvance, &vm) else { break }
            let saves = matcher.saves
            try vm.heap.reserve(count: out.count + saves.count / 2, of: MemoryLayout<Value>.stride)
            out.append(last..<saves[0])
            for k in stride(from: 2, to: saves.count, by: 2) {
                // As a slice would: a group whose end came out before its start is empty.
                out.append(saves[k] >= 0 ? saves[k]..<Swift.max(saves[k], saves[k + 1]) : nil)
            }
            n += 1
            last = saves[1]
            mustAdvance = saves[1] == saves[0]
            at = saves[1]
        }
        out.append(last..<end)
        try vm.meter(items: out.count)
        return out
    }
}
