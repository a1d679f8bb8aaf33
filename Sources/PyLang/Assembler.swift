/// Turns a unit's pseudo-instruction stream into final instructions: flow analysis for stack
/// depth and exception handlers (CPython's `stackdepth` + `label_exception_targets`), dead-code
/// and redundant-NOP removal, jump resolution and the exception table.
struct Assembler {
    struct Handler: Equatable {
        var label: Int32
        var depth: Int32
        var lasti: Bool
    }

    struct State {
        var depth: Int
        var handlers: [Handler]
    }

    let unit: CodeUnit
    var code: [Pseudo]
    var labelPos: [Int32: Int] = [:]
    var handlerAt: [Handler?]
    var reachable: [Bool]
    var maxDepth = 0

    init(unit: CodeUnit) {
        self.unit = unit
        code = unit.code
        handlerAt = Array(repeating: nil, count: code.count)
        reachable = Array(repeating: false, count: code.count)
    }

    mutating func assemble() throws -> ([Instruction], [Int32], [ExceptionTableEntry], Int) {
        for (p, item) in code.enumerated() {
            if case .label(let l) = item { labelPos[l] = p }
        }
        analyzeFlow()
        var keep = reachable
        removeRedundant(&keep)
        return finish(keep)
    }

    // MARK: - Flow analysis

    mutating func analyzeFlow() {
        var visited = Array(repeating: false, count: code.count + 1)
        var work: [(Int, State)] = [(0, State(depth: 0, handlers: []))]
        while let (start, initial) = work.popLast() {
            var p = start
            var state = initial
            while p < code.count {
                if visited[p] { break }
                visited[p] = true
                switch code[p] {
                case .label:
                    break
                case .setup(let label, let adjust, let lasti):
                    let tableDepth = Int32(state.depth) + adjust
                    let h = Handler(label: label, depth: tableDepth, lasti: lasti)
                    if let target = labelPos[label] {
                        let entry = Int(tableDepth) + (lasti ? 1 : 0) + 1
                        maxDepth = max(maxDepth, entry)
                        work.append((target, State(depth: entry, handlers: state.handlers)))
                    }
                    state.handlers.append(h)
                case .popBlock:
                    if !state.handlers.isEmpty { state.handlers.removeLast() }
                case .instr(let instr, _):
                    reachable[p] = true
                    handlerAt[p] = state.handlers.last
                    if let target = instr.jumpTarget, let tp = labelPos[target] {
                        let d = state.depth + instr.stackEffect(jump: true)
                        maxDepth = max(maxDepth, d)
                        work.append((tp, State(depth: d, handlers: state.handlers)))
                    }
                    state.depth += instr.stackEffect(jump: false)
                    maxDepth = max(maxDepth, state.depth)
                    if instr.endsFlow { p = code.count; continue }
                }
                p += 1
            }
        }
    }

    // MARK: - Clean-up passes

    /// Index of the next kept instruction at or after pseudo position `p`.
    func nextInstruction(after p: Int, _ keep: [Bool]) -> Int? {
        var q = p
        while q < code.count {
            if keep[q], case .instr = code[q] { return q }
            q += 1
        }
        return nil
    }

    func line(at p: Int) -> Int32 {
        if case .instr(_, let l) = code[p] { return l }
        return -1
    }

    mutating func removeRedundant(_ keep: inout [Bool]) {
        for _ in 0..<3 {
            var changed = false
            var previous: Int?
            for p in code.indices where keep[p] {
                guard case .instr(let instr, let l) = code[p] else { continue }
                let next = nextInstruction(after: p + 1, keep)
                if case .jumpForward(let target) = instr, let tp = labelPos[target],
                   let dest = nextInstruction(after: tp, keep), dest == next {
                    keep[p] = false
                    changed = true
                    // Keep the line event, as CPython turns such jumps into NOPs.
                    if let n = next, line(at: n) != l, previous.map({ line(at: $0) != l }) ?? true {
                        code[p] = .instr(.nop, line: l)
                        keep[p] = true
                    }
                    continue
                }
                if case .nop = instr {
                    let sameAsPrevious = previous.map { line(at: $0) == l } ?? false
                    let sameAsNext = next.map { line(at: $0) == l } ?? false
                    if l < 0 || sameAsPrevious || sameAsNext {
                        keep[p] = false
                        changed = true
                        continue
                    }
                }
                previous = p
            }
            if !changed { break }
        }
    }

    // MARK: - Final layout

    func finish(_ keep: [Bool]) -> ([Instruction], [Int32], [ExceptionTableEntry], Int) {
        var indexOf = Array(repeating: 0, count: code.count + 1)
        var count = 0
        for p in code.indices {
            indexOf[p] = count
            if keep[p], case .instr = code[p] { count += 1 }
        }
        indexOf[code.count] = count
        func resolve(_ label: Int32) -> Int32 {
            guard let p = labelPos[label] else { return Int32(count) }
            return Int32(indexOf[p])
        }
        var instructions: [Instruction] = []
        var lines: [Int32] = []
        var handlers: [Handler?] = []
        instructions.reserveCapacity(count)
        for p in code.indices where keep[p] {
            guard case .instr(var instr, let l) = code[p] else { continue }
            let own = Int32(instructions.count)
            if let target = instr.jumpTarget {
                let t = resolve(target)
                instr = instr.withJumpTarget(t)
                if case .jumpForward = instr, t <= own { instr = .jumpBackward(t) }
            }
            instructions.append(instr)
            lines.append(l)
            handlers.append(handlerAt[p])
        }
        var table: [ExceptionTableEntry] = []
        var k = 0
        while k < handlers.count {
            guard let h = handlers[k] else { k += 1; continue }
            var end = k + 1
            while end < handlers.count, handlers[end] == h { end += 1 }
            table.append(ExceptionTableEntry(start: Int32(k), end: Int32(end), handler: resolve(h.label),
                                             depth: h.depth, pushLasti: h.lasti))
            k = end
        }
        return (instructions, lines, table, maxDepth)
    }
}
