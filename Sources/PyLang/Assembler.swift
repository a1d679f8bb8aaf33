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

    /// Line marker of the implicit `return None` (inherits its predecessor's line).
    static let noLine: Int32 = -2

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

    mutating func assemble() throws -> ([Instruction], [Position], [ExceptionTableEntry], Int) {
        duplicateExits()
        threadJumps()
        handlerAt = Array(repeating: nil, count: code.count)
        reachable = Array(repeating: false, count: code.count)
        for (p, item) in code.enumerated() {
            if case .label(let l) = item { labelPos[l] = p }
        }
        analyzeFlow()
        resolveInheritedLines()
        var keep = reachable
        removeRedundant(&keep)
        return finish(keep)
    }

    /// Copies the implicit `return None` into blocks that jump to it (3.11's
    /// `duplicate_exits_without_lineno`), giving the copy the jump's line.
    mutating func duplicateExits() {
        var exitConst: [Int32: Int32] = [:]
        for (p, item) in code.enumerated() {
            guard case .label(let l) = item else { continue }
            var q = p + 1
            while q < code.count, case .label = code[q] { q += 1 }
            if q + 1 < code.count, case .instr(.loadConst(let k), let p1) = code[q], p1.line == Self.noLine,
               case .instr(.returnValue, let p2) = code[q + 1], p2.line == Self.noLine {
                exitConst[l] = k
            }
        }
        guard !exitConst.isEmpty else { return }
        var out: [Pseudo] = []
        var tail: [Pseudo] = []
        var nextLabel = unit.nextLabel
        for item in code {
            guard case .instr(let instr, let l) = item, let target = instr.jumpTarget, let k = exitConst[target] else {
                out.append(item)
                continue
            }
            switch instr {
            case .jumpForward:
                out.append(.instr(.loadConst(k), l))
                out.append(.instr(.returnValue, l))
            case .popJumpIfTrue, .popJumpIfFalse, .popJumpIfNone, .popJumpIfNotNone:
                let copy = nextLabel
                nextLabel += 1
                out.append(.instr(instr.withJumpTarget(copy), l))
                tail += [.label(copy), .instr(.loadConst(k), l), .instr(.returnValue, l)]
            default:
                out.append(item)
            }
        }
        code = out + tail
    }

    /// A jump whose target is an unconditional jump goes straight to the final target (CPython's
    /// jump threading in `optimize_basic_block`), when both are on the same line.
    mutating func threadJumps() {
        var firstAfter: [Int32: (Instruction, Int32)] = [:]
        for (p, item) in code.enumerated() {
            guard case .label(let l) = item else { continue }
            var q = p + 1
            while q < code.count, case .label = code[q] { q += 1 }
            if q < code.count, case .instr(let instr, let position) = code[q] { firstAfter[l] = (instr, position.line) }
        }
        for p in code.indices {
            guard case .instr(let instr, let l) = code[p], let target = instr.jumpTarget else { continue }
            switch instr {
            case .jumpForward, .popJumpIfTrue, .popJumpIfFalse, .popJumpIfNone, .popJumpIfNotNone: break
            default: continue
            }
            var t = target
            var hops = 0
            // Only across jumps on the same line, as 3.11's `jump_thread`.
            while hops < 8, case (.jumpForward(let next), let line)? = firstAfter[t], next != t, line == l.line {
                t = next
                hops += 1
            }
            if t != target { code[p] = .instr(instr.withJumpTarget(t), l) }
        }
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

    /// Gives implicit-return instructions a line: the jump's line when only reached by a jump
    /// (CPython's `propagate_line_numbers`), else the preceding instruction's.
    mutating func resolveInheritedLines() {
        var jumpLine: [Int32: Position] = [:]
        for case .instr(let instr, let l) in code {
            if let t = instr.jumpTarget, jumpLine[t] == nil { jumpLine[t] = l }
        }
        var previousLine = Position(line: -1)
        var previousEndsFlow = false
        var pendingLabels: [Int32] = []
        for p in code.indices {
            switch code[p] {
            case .label(let l): pendingLabels.append(l)
            case .instr(let instr, var l) where reachable[p]:
                if l.line == Self.noLine {
                    if previousEndsFlow, let src = pendingLabels.lazy.compactMap({ jumpLine[$0] }).first {
                        l = src
                    } else {
                        l = previousLine
                    }
                    code[p] = .instr(instr, l)
                }
                previousLine = l
                previousEndsFlow = instr.endsFlow
                pendingLabels = []
            default: break
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
        if case .instr(_, let l) = code[p] { return l.line }
        return -1
    }

    mutating func removeRedundant(_ keep: inout [Bool]) {
        for _ in 0..<3 {
            var changed = false
            var previous: Int?
            for p in code.indices where keep[p] {
                guard case .instr(let instr, let position) = code[p] else { continue }
                let l = position.line
                let next = nextInstruction(after: p + 1, keep)
                if case .jumpForward(let target) = instr, let tp = labelPos[target],
                   let dest = nextInstruction(after: tp, keep), dest == next {
                    keep[p] = false
                    changed = true
                    // Keep the line event, as CPython turns such jumps into NOPs.
                    if let n = next, line(at: n) != l, previous.map({ line(at: $0) != l }) ?? true {
                        code[p] = .instr(.nop, position)
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

    /// `JUMP_IF_FALSE_OR_POP` landing on `JUMP_IF_TRUE_OR_POP` (and vice versa) becomes a
    /// `POP_JUMP_IF_*` past it; landing on the same kind jumps straight to its target.
    func threadConditionalJumps(_ instructions: inout [Instruction]) {
        for k in instructions.indices {
            switch instructions[k] {
            case .jumpIfFalseOrPop(let t) where Int(t) < instructions.count:
                switch instructions[Int(t)] {
                case .jumpIfTrueOrPop: instructions[k] = .popJumpIfFalse(t + 1)
                case .jumpIfFalseOrPop(let u): instructions[k] = .jumpIfFalseOrPop(u)
                default: break
                }
            case .jumpIfTrueOrPop(let t) where Int(t) < instructions.count:
                switch instructions[Int(t)] {
                case .jumpIfFalseOrPop: instructions[k] = .popJumpIfTrue(t + 1)
                case .jumpIfTrueOrPop(let u): instructions[k] = .jumpIfTrueOrPop(u)
                default: break
                }
            default: break
            }
        }
    }

    // MARK: - Final layout

    func finish(_ keep: [Bool]) -> ([Instruction], [Position], [ExceptionTableEntry], Int) {
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
        var positions: [Position] = []
        var handlers: [Handler?] = []
        instructions.reserveCapacity(count)
        for p in code.indices where keep[p] {
            guard case .instr(var instr, var l) = code[p] else { continue }
            if l.line == Self.noLine { l = positions.last ?? Position(line: -1) }
            let own = Int32(instructions.count)
            if let target = instr.jumpTarget {
                let t = resolve(target)
                instr = instr.withJumpTarget(t)
                if case .jumpForward = instr, t <= own { instr = .jumpBackward(t) }
            }
            instructions.append(instr)
            positions.append(l)
            handlers.append(handlerAt[p])
        }
        threadConditionalJumps(&instructions)
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
        return (instructions, positions, table, maxDepth)
    }
}
