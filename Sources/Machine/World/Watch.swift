import Trace

/// Watched runs (the run view): a line step with the thread's frames whenever a thread starts a
/// new source line. Plain runs never come here.
extension World {
    /// Output written by the running thread, with its virtual time.
    func noteOutput(_ s: String, fd: Int, vm: Interp) {
        guard recording else { return }
        trace.recordOutput(s, stream: fd == 2 ? .stderr : .stdout, thread: threads[current].tid, at: Int64(now(vm)))
    }

    /// Runs thread `t` one instruction at a time for up to `budget` instructions, recording a
    /// step at each new line. Switch points are honoured as in `run(budget:)`: with a drop
    /// request pending, the slice ends at the next eval-breaker point (cpython mode).
    func runWatched(_ t: Int, _ vm: inout Interp, budget: Int) -> StopReason {
        var left = budget
        recordStepIfNewLine(t, vm)
        while true {
            if left <= 0 {
                if !vm.stopOnlyAtBreakers { return .budgetUsed }
                if let f = vm.frames.last, f.pc < f.code.instructions.count, vm.isBreaker(f.code.instructions[f.pc], at: f.pc) {
                    return .budgetUsed
                }
            }
            let saved = vm.stopOnlyAtBreakers
            vm.stopOnlyAtBreakers = false
            let r = vm.run(budget: 1)
            vm.stopOnlyAtBreakers = saved
            left -= 1
            switch r {
            case .budgetUsed:
                if pendingBlock || ending != nil || vm.steps >= vm.stepFence {
                    // A call that blocks (recv, select) has just put its thread on a kernel
                    // object's waiters.
                    if pendingBlock { noteKernel() }
                    return r
                }
                recordStepIfNewLine(t, vm)
            default:
                // A thread that blocks or ends may have changed the kernel on its last line
                // (a send, a close) with no line step after it to record it.
                noteKernel()
                return r
            }
        }
    }

    func recordStepIfNewLine(_ t: Int, _ vm: Interp) {
        guard let f = vm.frames.last, !f.code.filename.hasPrefix("<"), f.line > 0 else { return }
        let key = (vm.frames.count, f.line)
        if let last = lastStep[t], last == key { return }
        lastStep[t] = key
        trace.recordStep(threads[t].tid, line: f.line, frames: snapshot(vm), at: Int64(now(vm)))
        noteKernel()
    }

    /// The current thread's frames (program files only) and the suspended generators they reach.
    func snapshot(_ vm: Interp) -> [FrameSnapshot] {
        var out: [FrameSnapshot] = []
        var generators: [ObjectRef] = []
        let userFrames = vm.frames.filter { !$0.code.filename.hasPrefix("<") }
        for f in userFrames {
            out.append(frameSnapshot(f, kind: .active, vm, userFrames))
            func noteGenerator(_ v: Value) {
                if case .object(let r) = v, case .vm(.generator(let g)) = vm.heap.objects[r.slot], vm.heap.generatorSlots[g.slot].state == .suspended,
                   !generators.contains(r) { generators.append(r) }
            }
            for v in f.fast { if let v { noteGenerator(v) } }
            for v in f.stack { if let v { noteGenerator(v) } }
            if f.locals != nil, f.locals == f.globals, case .dict(let d) = vm.heap.objects[f.globals.slot] {
                for e in d.entries where e.hash != -1 { noteGenerator(e.value) }
            }
        }
        for g in generators {
            if case .vm(.generator(let gen)) = vm.heap.objects[g.slot], let frame = vm.heap.generatorSlots[gen.slot].frame {
                var s = frameSnapshot(frame, kind: .suspendedGenerator, vm, userFrames)
                s.function = gen.qualname
                out.append(s)
            }
        }
        return out
    }

    private func frameSnapshot(_ f: Frame, kind: FrameSnapshot.Kind, _ vm: Interp, _ frames: [Frame]) -> FrameSnapshot {
        var locals: [VariableSnapshot] = []
        let isModule = f.locals != nil && f.locals == f.globals
        if isModule, case .dict(let d) = vm.heap.objects[f.globals.slot] {
            for e in d.entries where e.hash != -1 {
                guard let k = vm.heap.string(e.key), !k.hasPrefix("__") else { continue }
                if case .module? = vm.heap.vm(e.value) { continue }
                locals.append(VariableSnapshot(name: k, repr: shortRepr(e.value, vm)))
            }
        } else {
            for (i, v) in f.fast.enumerated() where i < f.code.varnames.count {
                if let v { locals.append(VariableSnapshot(name: f.code.varnames[i], repr: shortRepr(v, vm))) }
            }
        }
        var cells: [CellSnapshot] = []
        let names = f.code.cellvars + f.code.freevars
        for (i, c) in f.cells.enumerated() where i < names.count {
            guard case .object(let r) = c, case .cell(let content) = vm.heap.objects[r.slot] else { continue }
            let owner: String
            if i < f.code.cellvars.count {
                owner = f.functionName
            } else {
                owner = frames.first { g in g.cells.prefix(g.code.cellvars.count).contains { $0.isIdentical(to: c) } }?.functionName
                    ?? f.functionName.components(separatedBy: ".<locals>.").dropLast().joined(separator: ".<locals>.")
            }
            var shared: [String] = []
            for g in frames where g.cells.dropFirst(g.code.cellvars.count).contains(where: { $0.isIdentical(to: c) }) {
                if !shared.contains(g.functionName) { shared.append(g.functionName) }
            }
            let repr = content.isIdentical(to: .notImplemented) ? "<empty>" : shortRepr(content, vm)
            cells.append(CellSnapshot(name: names[i], repr: repr, owner: owner, sharedWith: shared, cellID: r.slot))
        }
        return FrameSnapshot(function: isModule ? "<module>" : f.functionName, line: f.line, kind: kind, locals: locals, cells: cells)
    }

    /// A repr of at most 40 characters that never runs the program's own `__repr__` and
    /// looks at no more than a few elements of a container (cheap on big data).
    func shortRepr(_ v: Value, _ vm: Interp) -> String {
        var text = boundedRepr(v, vm, depth: 0)
        if text.count > 40 { text = String(text.prefix(37)) + "..." }
        return text
    }

    private func boundedRepr(_ v: Value, _ vm: Interp, depth: Int) -> String {
        guard case .object(let r) = v else {
            var copy = vm
            return (try? copy.builtinRepr(v)) ?? "?"
        }
        switch vm.heap.objects[r.slot] {
        case .instance:
            return "<\(vm.heap.typeName(v)) object>"
        case .vm(let o):
            switch o {
            case .function(let fn): return "<function \(fn.qualname)>"
            case .generator(let g): return "<generator object \(g.qualname)>"
            case .type(let c): return "<class '\(c.name)'>"
            default: return "<\(vm.heap.typeName(v))>"
            }
        case .list(let items), .tuple(let items):
            let isList = vm.heap.typeName(v) == "list"
            if depth > 1 { return isList ? "[...]" : "(...)" }
            var parts: [String] = []
            var length = 0
            for item in items.prefix(8) {
                let s = boundedRepr(item, vm, depth: depth + 1)
                parts.append(s)
                length += s.count + 2
                if length > 40 { break }
            }
            var body = parts.joined(separator: ", ")
            if parts.count < items.count { body += ", ..." } else if !isList && items.count == 1 { body += "," }
            return isList ? "[\(body)]" : "(\(body))"
        case .dict(let d):
            if depth > 1 { return "{...}" }
            var parts: [String] = []
            var length = 0
            var total = 0
            for e in d.entries where e.hash != -1 {
                total += 1
                if length > 40 || parts.count >= 8 { continue }
                let s = boundedRepr(e.key, vm, depth: depth + 1) + ": " + boundedRepr(e.value, vm, depth: depth + 1)
                parts.append(s)
                length += s.count + 2
            }
            return "{" + parts.joined(separator: ", ") + (parts.count < total ? ", ...}" : "}")
        case .str(let s):
            if s.count > 60 { return "'" + String(s.value.prefix(40)) + "..." }
            var copy = vm
            return (try? copy.builtinRepr(v)) ?? "?"
        default:
            var copy = vm
            return (try? copy.builtinRepr(v)) ?? "<\(vm.heap.typeName(v))>"
        }
    }
}
