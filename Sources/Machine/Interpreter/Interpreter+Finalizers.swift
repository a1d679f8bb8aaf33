import PyLang

/// Closing generators nobody can resume any more, as CPython's `_PyGen_Finalize` does when a
/// suspended generator's last reference goes: GeneratorExit is thrown in, so its `finally` and
/// `with` exits run. The engine has a tracing collector, not reference counts, so it looks for
/// dropped generators before each native call from the loop (every print is one), when the
/// collector finds them, and at exit. See Docs/DECISIONS.md, "Generator finalization".
struct GeneratorFinalizers {
    /// Generators whose code has a `try` or `with` (only closing those can run code).
    var generators: [ObjectRef] = []
    /// Unreachable ones a collection kept alive to be closed.
    var pending: [ObjectRef] = []
    /// Native calls to let pass before looking again, after a search found every candidate
    /// still reachable (doubles up to `maxBackoff` or the number of live objects, so a
    /// generator kept in a list costs one mark of the heap per thousands of native calls).
    var skip = 0
    var backoff = 0
    static let maxBackoff = 4096
    /// A reused buffer for the candidates of one search.
    var scratch: [ObjectRef] = []
}

extension Interp {
    /// The values the collector starts from.
    func collectorRoots() -> [Value] {
        var roots: [Value] = [handled, .object(process.builtins)]
        for f in frames { f.forEachValue { roots.append($0) } }
        if let p = pendingGeneratorFrame { p.forEachValue { roots.append($0) } }
        roots.append(contentsOf: process.modules.values)
        roots.append(contentsOf: process.classes.values)
        roots.append(contentsOf: process.interned.values)
        if let world { world.forEachRoot { roots.append($0) } }
        if let m = process.sysModules { roots.append(.object(m)) }
        return roots
    }

    /// Notes a new generator whose closing may run code.
    mutating func registerFinalizable(_ g: ObjectRef, _ code: CodeObject) {
        if !code.exceptionTable.isEmpty { heap.finalizers.generators.append(g) }
    }

    /// Closes the generators the last collection found unreachable.
    mutating func runPendingFinalizers() {
        while !heap.finalizers.pending.isEmpty {
            finalizeGenerator(heap.finalizers.pending.removeFirst())
        }
    }

    /// `gen.close()` on a dropped generator; an error is reported as CPython's
    /// `PyErr_WriteUnraisable` does (`Exception ignored in: <generator object ...>`).
    mutating func finalizeGenerator(_ r: ObjectRef) {
        guard heap.generatorNeedsClose(r) else { return }
        do throws(PyError) { _ = try generatorClose(r) } catch {
            let e = exceptionValue(error)
            if exceptionPayload(e)?.traceback.isEmpty ?? false, !frames.isEmpty {
                let entry = TracebackEntry(code: top.code, line: top.line)
                updateException(e) { $0.traceback.append(entry) }
            }
            // The default unraisable hook prints the exception alone, without its chain.
            var seen: Set<UInt32> = []
            for linked in [exceptionPayload(e)?.cause, exceptionPayload(e)?.context] {
                if case .object(let c)? = linked { seen.insert(c.index) }
            }
            let name = (try? repr(.object(r))) ?? "<generator object>"
            write("Exception ignored in: \(name)\n" + formatTraceback(e, seen: &seen), fd: 2)
        }
    }

    /// Before a native call made straight from the loop (`args` are its arguments): closes the
    /// suspended generators no longer reachable, so `for x in gen(): break`, `g = None` or a
    /// returning function run the generator's `finally` before the next output, as CPython's
    /// reference counting does. Cheap while the generator sits in a frame of the thread (a
    /// `for` loop over it, a local): only then is it run before every native call.
    @inline(never)   // out of `callNative`, which is inlined into the loop
    mutating func finalizeDroppedGenerators(_ args: [Value]) {
        if heap.finalizers.skip > 0 {
            heap.finalizers.skip -= 1
            return
        }
        // The reused buffer is taken out, so emptying it does not copy it.
        var candidates = heap.finalizers.scratch
        heap.finalizers.scratch = []
        candidates.removeAll(keepingCapacity: true)
        var finished = false
        for r in heap.finalizers.generators {
            if heap.generatorNeedsClose(r) { candidates.append(r) } else if heap.generatorState(r) == .finished { finished = true }
        }
        if finished {
            let live = heap.finalizers.generators.filter { heap.generatorState($0) != .finished }
            heap.finalizers.generators = live
        }
        defer { heap.finalizers.scratch = candidates }
        if candidates.isEmpty { return }
        // Cheap first: a generator held by the call, a frame of any thread or their globals
        // is alive.
        for v in args where Interp.strike(v, &candidates) { return }
        let inFrames = frames.withUnsafeMutableBufferPointer { buf -> Bool in
            for i in stride(from: buf.count - 1, through: 0, by: -1) {
                for case let v? in buf[i].stack where Interp.strike(v, &candidates) { return true }
                for case let v? in buf[i].fast where Interp.strike(v, &candidates) { return true }
            }
            return false
        }
        if inFrames { return }
        forEachFrameValue { Interp.strike($0, &candidates) }
        if candidates.isEmpty { return }
        let marked = heap.mark(roots: collectorRoots() + args)
        let dropped = candidates.filter { !marked[$0.slot] }
        if dropped.isEmpty {
            // Held elsewhere (a list, an attribute): search again only after as many native
            // calls as a mark costs, so a long-lived generator costs little.
            let most = max(GeneratorFinalizers.maxBackoff, heap.liveCount)
            heap.finalizers.backoff = min(max(1, heap.finalizers.backoff * 2), most)
            heap.finalizers.skip = heap.finalizers.backoff
            return
        }
        heap.finalizers.backoff = 0
        for r in dropped { finalizeGenerator(r) }
    }

    /// Takes `v` out of `candidates` if it is one; true when none are left.
    @inline(__always)
    private static func strike(_ v: Value, _ candidates: inout [ObjectRef]) -> Bool {
        if case .object(let r) = v, let i = candidates.firstIndex(of: r) { candidates.remove(at: i) }
        return candidates.isEmpty
    }

    /// Calls `body` with the values of every thread's frames and of their globals until it
    /// returns true.
    private func forEachFrameValue(_ body: (Value) -> Bool) {
        var stacks = [frames]
        if let world { for t in world.threads where t.id != world.current { stacks.append(t.frames) } }
        var globals: Set<UInt32> = []
        for stack in stacks {
            for f in stack {
                var done = false
                f.forEachValue { v in if !done { done = body(v) } }
                if done { return }
                guard globals.insert(f.globals.index).inserted, case .dict(let d) = heap.objects[f.globals.slot] else { continue }
                for e in d.entries where e.hash != -1 && body(e.value) { return }
            }
        }
    }

    /// At exit (Py_FinalizeEx clearing the modules): closes every generator still suspended
    /// inside a `try` or `with`, those the main module's globals hold first, in their order.
    mutating func finalizeGeneratorsAtExit() {
        var order: [UInt32: Int] = [:]
        if let g = world?.mainGlobals ?? frames.first?.globals, case .dict(let d) = heap.objects[g.slot] {
            for (i, e) in d.entries.enumerated() where e.hash != -1 {
                if case .object(let r) = e.value, order[r.index] == nil { order[r.index] = i }
            }
        }
        let all = heap.finalizers.generators.enumerated()
            .sorted { (order[$0.element.index] ?? Int.max, $0.offset) < (order[$1.element.index] ?? Int.max, $1.offset) }
        for (_, r) in all { finalizeGenerator(r) }
    }
}
