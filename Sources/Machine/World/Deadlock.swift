import Trace

/// Naming primitives after the program's variables, and the deadlock report.
extension World {
    // MARK: - Names

    /// Looks for the name the program binds primitive `p`'s object to: a local, an attribute
    /// of a local (`self.lock`), a global, an attribute of a global (`alice.lock`).
    func nameOf(_ p: Int, vm: Interp) {
        primitives[p].nameAttempts += 1
        let object = primitives[p].object
        guard case .object = object else { return }
        if let g = mainGlobals ?? vm.frames.first?.globals, let name = find(object, inDict: g, vm, depth: 1) {
            return setLabel(p, name)
        }
        var frameLists: [FrameStack] = [vm.frames]
        for t in threads where t.id != current { frameLists.append(t.frames) }
        for frames in frameLists {
            for f in frames.reversed() where !f.code.filename.hasPrefix("<") {
                if let name = find(object, inFrame: f, vm) { return setLabel(p, name) }
            }
        }
    }

    private func setLabel(_ p: Int, _ name: String) {
        primitives[p].label = name
        primitives[p].named = true
        if recording { trace.relabelPrimitive(primID(p), to: name) }
    }

    private func find(_ object: Value, inFrame f: Frame, _ vm: Interp) -> String? {
        for (i, v) in f.fast.enumerated() {
            if let v, v.isIdentical(to: object) { return f.code.varnames[i] }
        }
        for (i, v) in f.fast.enumerated() {
            if let v, let attr = find(object, inInstance: v, vm) { return f.code.varnames[i] + "." + attr }
        }
        if let locals = f.locals, locals != f.globals, let name = find(object, inDict: locals, vm, depth: 1) { return name }
        return find(object, inDict: f.globals, vm, depth: 1)
    }

    private func find(_ object: Value, inInstance v: Value, _ vm: Interp) -> String? {
        guard case .object(let r) = v, case .instance(let inst) = vm.heap.objects[r.slot] else { return nil }
        for e in inst.attributes.entries where e.hash != -1 && e.value.isIdentical(to: object) {
            if let k = vm.heap.string(e.key) { return k }
        }
        return nil
    }

    private func find(_ object: Value, inDict d: ObjectRef, _ vm: Interp, depth: Int) -> String? {
        guard case .dict(let dict) = vm.heap.objects[d.slot] else { return nil }
        for e in dict.entries where e.hash != -1 && e.value.isIdentical(to: object) {
            if let k = vm.heap.string(e.key) { return k }
        }
        guard depth > 0 else { return nil }
        for e in dict.entries where e.hash != -1 {
            if let k = vm.heap.string(e.key), !k.hasPrefix("__"), let attr = find(object, inInstance: e.value, vm) {
                return k + "." + attr
            }
        }
        return nil
    }

    /// Names every primitive still labelled `Kind@line` (end of run, deadlock report).
    func finalNaming(_ vm: Interp) {
        for p in primitives.indices where !primitives[p].named && primitives[p].alias == nil {
            nameOf(p, vm: vm)
        }
    }

    // MARK: - Deadlock report

    struct DeadlockReport {
        var text: String
        var threads: [ThreadID]
        var primitives: [PrimitiveID]
    }

    /// What thread `t` waits for, in words.
    func waitDescription(_ t: Int) -> String {
        switch threads[t].block {
        case .acquire(let p)?, .event(let p)?, .reacquire(let p, _, _, _)?: return describe(p)
        case .condition(let c, _, _)?: return describe(c)
        case .join(let x)?: return "thread \(threads[x].name) to finish (join)"
        case .started(let x)?: return "thread \(threads[x].name) to start"
        case .shutdown?: return "the non-daemon threads to finish (interpreter exit)"
        // A sleep with a timer is never part of a deadlock: this one ends past the horizon.
        case .sleep?: return "the end of a sleep longer than the virtual clock runs (146 years)"
        case .fork?, .forked?: return "os.fork() to return"
        case .child(let pid, _)?: return pid == -1 ? "a child process to exit (os.wait)" : "child process \(pid) to exit (os.waitpid)"
        case .pipeRead(let fd, _, _)?: return "data on pipe descriptor \(fd) (os.read)"
        case .semaphore(_, let p)?: return describe(p)
        case .greenlet(let x)?: return "a switch back from \(threads[x].name)"
        case .socketWait(let p)?, .kernelStep(let p, _)?: return primitives[p].label
        case nil: return "nothing"
        }
    }

    func describe(_ p: Int) -> String {
        let s = shown(p)
        let prim = primitives[s]
        return prim.label.contains("@") ? prim.label : "\(prim.label) (\(prim.kind.rawValue))"
    }

    /// Locks and RLocks thread `t` holds (shown labels).
    func held(by t: Int) -> [Int] {
        primitives.indices.filter { primitives[$0].owner == t && primitives[$0].count > 0
            && (primitives[$0].kind == .lock || primitives[$0].kind == .rlock) }
    }

    /// The thread `t` waits on, if its wait has one (a lock's owner, a joined thread).
    func waitsOnThread(_ t: Int) -> (thread: Int, primitive: Int?)? {
        switch threads[t].block {
        case .acquire(let p)?, .reacquire(let p, _, _, _)?:
            if let o = primitives[p].owner, primitives[p].count > 0, primitives[p].kind == .lock || primitives[p].kind == .rlock {
                return (o, p)
            }
            return nil
        case .join(let x)?: return (x, nil)
        case .shutdown?:
            if let x = threads.first(where: { !$0.daemon && $0.status != .finished && $0.id != 0 }) { return (x.id, nil) }
            return nil
        default: return nil
        }
    }

    func deadlockReport(_ vm: Interp) -> DeadlockReport {
        finalNaming(vm)
        var lines = ["deadlock: every thread is blocked and no timer is pending"]
        // A greenlet suspended in a switch waits for no one: it is not part of a deadlock.
        let blocked = threads.indices.filter {
            if case .greenlet? = threads[$0].block { return false }
            return threads[$0].status == .blocked
        }
        for t in blocked {
            var s = threads[t].block == .shutdown ? "  \(threads[t].name), at the end of the program,"
                : "  \(threads[t].name) at line \(line(of: t, vm))"
            let h = held(by: t)
            if !h.isEmpty { s += " holds " + h.map { primitives[shown($0)].label }.joined(separator: ", ") + " and" }
            s += " waits for " + waitDescription(t)
            if let (o, _) = waitsOnThread(t), threads[t].block != .shutdown, case .acquire? = threads[t].block {
                s += ", held by \(threads[o].name)"
            }
            lines.append(s)
        }
        // Follow "waits for a lock held by" / "joins" edges from each blocked thread to find a cycle.
        var cycleThreads: [Int] = []
        for start in blocked {
            var path: [Int] = []
            var t = start
            while !path.contains(t), let next = waitsOnThread(t)?.thread, threads[next].status == .blocked {
                path.append(t)
                t = next
            }
            if let i = path.firstIndex(of: t) {
                cycleThreads = Array(path[i...])
                break
            }
        }
        var cyclePrimitives: [PrimitiveID] = []
        if !cycleThreads.isEmpty {
            var parts: [String] = []
            for (k, t) in cycleThreads.enumerated() {
                let next = cycleThreads[(k + 1) % cycleThreads.count]
                let waitP = waitsOnThread(t)?.primitive
                if let p = waitP { cyclePrimitives.append(pid(p)) }
                let what = waitP.map { primitives[shown($0)].label } ?? "thread \(threads[next].name) to finish"
                if k == 0 {
                    let h = held(by: t)
                    let holds = h.isEmpty ? "" : "holds " + h.map { primitives[shown($0)].label }.joined(separator: ", ") + " and "
                    parts.append("\(threads[t].name) \(holds)waits for \(what)")
                } else {
                    parts.append("which waits for \(what)")
                }
                parts.append(waitP != nil ? "held by \(threads[next].name)" : "")
            }
            let text = parts.filter { !$0.isEmpty }.joined(separator: ", ")
            lines.append("cycle: " + text)
        } else {
            lines.append("no thread can wake the others: nothing left will set, notify, release or put what they wait for")
        }
        return DeadlockReport(text: lines.joined(separator: "\n") + "\n",
                              threads: cycleThreads.map { threads[$0].tid }, primitives: cyclePrimitives)
    }
}
