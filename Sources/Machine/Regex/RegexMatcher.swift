/// A character of a subject: a byte (bytes, or a str all ASCII) or a code point.
protocol RegexUnit {
    var code: UInt32 { get }
}

extension UInt8: RegexUnit {
    @inline(__always) var code: UInt32 { UInt32(self) }
}

extension Unicode.Scalar: RegexUnit {
    @inline(__always) var code: UInt32 { value }
}

/// How a match attempt is anchored.
enum RegexMode: Int {
    case match = 0, fullmatch = 1, search = 2
}

/// The backtracking matcher (the role of Modules/_sre/sre_lib.h): an explicit stack of
/// choice points and undo records, so Swift recursion follows only the pattern's lookaround
/// and atomic nesting, never the subject's length. Work is charged to the step budget as it
/// goes, so a catastrophic pattern ends with the budget, not a hang.
struct RegexMatcher<U: RegexUnit> {
    private enum Frame {
        case retry(pc: Int, pos: Int)
        case restoreSave(slot: Int, old: Int, lastIndex: Int)
        case restoreCounter(id: Int, count: Int, last: Int)
        case greedyOne(next: Int, minPos: Int, pos: Int)
        case lazyOne(item: Int, next: Int, count: Int, max: Int, pos: Int)
        case lazyIteration(id: Int, body: Int, pos: Int)
    }

    /// Matcher operations charged as one step of the budget.
    static var opsPerStep: Int { 4 }

    let program: RegexProgram
    let subject: [U]
    /// `endpos`: the subject ends here for the pattern.
    let end: Int
    /// The spans found: `saves[2g]`, `saves[2g + 1]`, -1 when unset.
    private(set) var saves: [Int]
    private(set) var lastIndex = -1
    private var counters: [Int]
    private var stack: [Frame] = []
    private var work = 0
    private var start = 0
    private var mustAdvance = false
    private var matchAll = false

    init(program: RegexProgram, subject: [U], end: Int) {
        self.program = program
        self.subject = subject
        self.end = Swift.min(end, subject.count)
        saves = [Int](repeating: -1, count: 2 * (program.groups + 1))
        counters = [Int](repeating: -1, count: 2 * program.repeatCount)
    }

    /// Finds a match starting at `pos` (or after, for search). With `mustAdvance`, an empty
    /// match at `pos` is refused (finditer after an empty match, as `state->must_advance`).
    mutating func find<R: Runtime>(from pos: Int, mode: RegexMode, mustAdvance: Bool, _ rt: inout R) throws(PyError) -> Bool {
        matchAll = mode == .fullmatch
        self.mustAdvance = mustAdvance
        var at = pos
        let leading = mode == .search ? program.leading.map { program.ops[$0] } : nil
        while at <= end {
            if let leading {
                // No match starts where its first character would fail (`_sre`'s charset check).
                let from = at
                if case .char(let c) = leading {
                    while at < end && subject[at].code != c { at += 1 }
                } else {
                    while at < end && !one(leading, subject[at].code) { at += 1 }
                }
                work += (at - from) / 8
                if at >= end { break }
            }
            start = at
            for i in saves.indices { saves[i] = -1 }
            lastIndex = -1
            stack.removeAll(keepingCapacity: true)
            if let e = try run(0, at, &rt) {
                saves[0] = at
                saves[1] = e
                try charge(&rt, force: true)
                return true
            }
            if mode != .search { break }
            self.mustAdvance = false
            at += 1
        }
        try charge(&rt, force: true)
        return false
    }

    @inline(__always) private mutating func charge<R: Runtime>(_ rt: inout R, force: Bool = false) throws(PyError) {
        if work >= 4096 || (force && work > 0) {
            try rt.meter(steps: Swift.max(1, work / Self.opsPerStep))
            work = 0
            // The backtrack stack counts against the memory limit, as `_sre`'s does.
            try rt.heap.reserve(count: stack.count, of: MemoryLayout<Frame>.stride)
        }
    }

    @inline(__always) private func one(_ op: RegexOp, _ c: UInt32) -> Bool {
        switch op {
        case .char(let x): return c == x
        case .charFold(let x, let ascii): return RegexChars.lower(c, ascii: ascii) == x
        case .notChar(let x): return c != x
        case .notCharFold(let x, let ascii): return RegexChars.lower(c, ascii: ascii) != x
        case .any: return c != 10
        case .anyAll: return true
        case .set(let i): return program.sets[i].contains(c)
        default: return false
        }
    }

    private func anchor(_ kind: RegexAnchor, _ pos: Int, multiline: Bool, ascii: Bool) -> Bool {
        switch kind {
        case .beginning: return pos == 0 || (multiline && subject[pos - 1].code == 10)
        case .beginningString: return pos == 0
        case .end:
            if pos == end { return true }
            return multiline ? subject[pos].code == 10 : (pos == end - 1 && subject[pos].code == 10)
        case .endString: return pos == end
        case .boundary, .nonBoundary:
            if end == 0 { return false }
            let before = pos > 0 && RegexChars.isWord(subject[pos - 1].code, ascii: ascii)
            let after = pos < end && RegexChars.isWord(subject[pos].code, ascii: ascii)
            return (before != after) == (kind == .boundary)
        }
    }

    private mutating func setSave(_ slot: Int, _ value: Int) {
        stack.append(.restoreSave(slot: slot, old: saves[slot], lastIndex: lastIndex))
        saves[slot] = value
        if slot & 1 == 1 { lastIndex = slot / 2 }
    }

    private mutating func setCounter(_ id: Int, _ count: Int, _ last: Int) {
        stack.append(.restoreCounter(id: id, count: counters[2 * id], last: counters[2 * id + 1]))
        counters[2 * id] = count
        counters[2 * id + 1] = last
    }

    /// Runs from `pc` at `pos` to `match` or `succeed`: the end position, or nil. Choice
    /// points above the entry depth are consumed or discarded before returning.
    private mutating func run<R: Runtime>(_ startPC: Int, _ startPos: Int, _ rt: inout R) throws(PyError) -> Int? {
        let base = stack.count
        var pc = startPC, pos = startPos
        let ops = program.ops
        while true {
            work += 1
            if work >= 4096 { try charge(&rt) }
            var ok = true
            switch ops[pc] {
            case .char, .charFold, .notChar, .notCharFold, .any, .anyAll, .set:
                if pos < end && one(ops[pc], subject[pos].code) { pos += 1; pc += 1 } else { ok = false }
            case .anchor(let kind, let multiline, let ascii):
                if anchor(kind, pos, multiline: multiline, ascii: ascii) { pc += 1 } else { ok = false }
            case .split(let a, let b):
                stack.append(.retry(pc: b, pos: pos))
                pc = a
            case .jump(let t):
                pc = t
            case .save(let slot):
                setSave(slot, pos)
                pc += 1
            case .backref(let g, let fold):
                let s = saves[2 * g], e = saves[2 * g + 1]
                if s < 0 || e < 0 || pos + (e - s) > end {
                    ok = false
                } else {
                    var i = 0
                    while i < e - s {
                        let a = subject[s + i].code, b = subject[pos + i].code
                        if a != b && !(fold && RegexChars.lower(a, ascii: false) == RegexChars.lower(b, ascii: false)) { break }
                        i += 1
                    }
                    work += i
                    if i == e - s { pos += i; pc += 1 } else { ok = false }
                }
            case .ifGroup(let g, let other):
                pc = saves[2 * g] >= 0 && saves[2 * g + 1] >= 0 ? pc + 1 : other
            case .repeatOne(let lo, let hi, let kind, let next):
                let item = ops[pc + 1]
                let limit = Swift.min(hi, end - pos)
                if kind == .lazy {
                    var n = 0
                    while n < lo && n < limit && one(item, subject[pos + n].code) { n += 1 }
                    work += n
                    if n < lo { ok = false; break }
                    if hi > lo { stack.append(.lazyOne(item: pc + 1, next: next, count: n, max: hi, pos: pos + n)) }
                    pos += n
                    pc = next
                } else {
                    var n = 0
                    while n < limit && one(item, subject[pos + n].code) { n += 1 }
                    work += n
                    if n < lo { ok = false; break }
                    if kind == .greedy && n > lo { stack.append(.greedyOne(next: next, minPos: pos + lo, pos: pos + n)) }
                    pos += n
                    pc = next
                }
            case .repeatStart(let id):
                setCounter(id, 0, -1)
                pc += 1
            case .repeatLoop(let id, let lo, let hi, let lazy, let exit):
                let count = counters[2 * id], last = counters[2 * id + 1]
                if count < lo {
                    // As MAX_UNTIL: the iterations up to the minimum leave the
                    // zero-width guard (`last_ptr`) alone.
                    setCounter(id, count + 1, last)
                    pc += 1
                } else if count < hi && pos != last {
                    if lazy {
                        stack.append(.lazyIteration(id: id, body: pc + 1, pos: pos))
                        pc = exit
                    } else {
                        stack.append(.retry(pc: exit, pos: pos))
                        setCounter(id, count + 1, pos)
                        pc += 1
                    }
                } else {
                    pc = exit
                }
            case .look(let behind, let negate, let width, let endPC):
                var found = false
                if !behind || pos - width >= 0 {
                    let before = saves, beforeLast = lastIndex
                    let hit = try nested(pc + 1, behind ? pos - width : pos, &rt)
                    found = hit != nil
                    if negate || !found {
                        saves = before
                        lastIndex = beforeLast
                    } else {
                        keepChanges(before, beforeLast)
                    }
                }
                if found != negate { pc = endPC } else { ok = false }
            case .atomic(let endPC):
                let before = saves, beforeLast = lastIndex
                if let e = try nested(pc + 1, pos, &rt) {
                    keepChanges(before, beforeLast)
                    pos = e
                    pc = endPC
                } else {
                    saves = before
                    lastIndex = beforeLast
                    ok = false
                }
            case .succeed:
                stack.removeSubrange(base...)
                return pos
            case .match:
                if (matchAll && pos != end) || (mustAdvance && pos == start) {
                    ok = false
                } else {
                    return pos
                }
            }
            if ok { continue }
            // Backtrack: undo records are replayed until a choice point gives a new state.
            var resumed = false
            while !resumed {
                guard stack.count > base, let frame = stack.popLast() else { return nil }
                switch frame {
                case .retry(let p, let at):
                    pc = p; pos = at; resumed = true
                case .restoreSave(let slot, let old, let li):
                    saves[slot] = old; lastIndex = li
                case .restoreCounter(let id, let count, let last):
                    counters[2 * id] = count; counters[2 * id + 1] = last
                case .greedyOne(let next, let minPos, let at):
                    var p = at - 1
                    if case .char(let c) = ops[next] {
                        while p >= minPos && (p >= end || subject[p].code != c) { p -= 1 }
                        work += at - p
                    }
                    if p >= minPos {
                        if p > minPos { stack.append(.greedyOne(next: next, minPos: minPos, pos: p)) }
                        pc = next; pos = p; resumed = true
                    }
                case .lazyOne(let item, let next, let count, let hi, let at):
                    if count < hi && at < end && one(ops[item], subject[at].code) {
                        stack.append(.lazyOne(item: item, next: next, count: count + 1, max: hi, pos: at + 1))
                        pc = next; pos = at + 1; resumed = true
                    }
                case .lazyIteration(let id, let body, let at):
                    setCounter(id, counters[2 * id] + 1, at)
                    pc = body; pos = at; resumed = true
                }
            }
        }
    }

    /// A lookaround's or atomic group's body, run to its `succeed` with its own choice points.
    private mutating func nested<R: Runtime>(_ pc: Int, _ pos: Int, _ rt: inout R) throws(PyError) -> Int? {
        let savedMatchAll = matchAll, savedAdvance = mustAdvance
        matchAll = false
        mustAdvance = false
        defer { matchAll = savedMatchAll; mustAdvance = savedAdvance }
        return try run(pc, pos, &rt)
    }

    /// After a nested run that succeeded: its capture changes stay, with undo records so
    /// backtracking past this point restores them.
    private mutating func keepChanges(_ before: [Int], _ beforeLast: Int) {
        let now = saves, nowLast = lastIndex
        for i in now.indices where now[i] != before[i] {
            stack.append(.restoreSave(slot: i, old: before[i], lastIndex: beforeLast))
        }
        if nowLast != beforeLast { stack.append(.restoreSave(slot: 0, old: saves[0], lastIndex: beforeLast)) }
        lastIndex = nowLast
    }
}
