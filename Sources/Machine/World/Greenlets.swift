import PyLang
import Trace

/// greenlet 3.x on the virtual machine: each greenlet is a thread of the world with a host
/// (the OS thread it belongs to) that runs only when switched to. A switch blocks the running
/// greenlet and hands its GIL (or core) straight to the target, with no scheduling decision in
/// between, so greenlets of one thread never run at the same time and never race, as in
/// CPython, while switching from inside code called by a built-in (`map(fetch, urls)`) parks
/// the Swift stack as any blocked thread's (Carriers.swift). The greenlet object keeps its
/// thread index as `_gid` (-1 until it starts). See Docs/DECISIONS.md, "Greenlets are threads
/// that run only when switched to".
extension World {
    /// Virtual cost of one switch (greenlet's stack copy and bookkeeping, ~0.5 us).
    static let greenletSwitchCost = 500

    static let greenletNatives: [NativeEntry] = [
        NativeEntry(name: "greenlet:getcurrent") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            return try w.greenletObject(of: w.current, &vm)
        },
        // `greenlet.__init__(run=None, parent=None)` (the prelude's, which calls this).
        NativeEntry(name: "greenlet:_init") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let me = args[0]
            try vm.setAttr(me, "_gid", .int(-1))
            if !args[1].isIdentical(to: .none) { try vm.setAttr(me, "run", args[1]) }
            let parent = args[2].isIdentical(to: .none) ? try w.greenletObject(of: w.current, &vm) : args[2]
            try vm.setAttr(me, "_parent", parent)
            return .none
        },
        NativeEntry(name: "greenlet.switch") { vm, args, kwargs throws(PyError) in
            guard let me = args.first else { throw .typeError("descriptor 'switch' of 'greenlet.greenlet' object needs an argument") }
            return try vm.theWorld().switchGreenlet(to: me, args: Array(args.dropFirst()), kwargs: kwargs, throwing: nil, &vm)
        },
        NativeEntry(name: "greenlet.throw") { vm, args, kwargs throws(PyError) in
            guard let me = args.first else { throw .typeError("descriptor 'throw' of 'greenlet.greenlet' object needs an argument") }
            let exc = args.count > 1 ? try vm.exceptionToThrow(Array(args.dropFirst()))
                : try vm.instantiate(try vm.greenletModuleAttribute("GreenletExit"), [], [])
            guard vm.exceptionPayload(exc) != nil else {
                throw .typeError("exceptions must be classes, or instances, not \(vm.heap.typeName(exc))")
            }
            return try vm.theWorld().switchGreenlet(to: me, args: [], kwargs: [], throwing: exc, &vm)
        },
        NativeEntry(name: "greenlet:_state") { vm, args, _ throws(PyError) in
            // 0 not started, 1 active, 2 dead (the prelude's `dead`, `__bool__`, repr).
            let w = try vm.theWorld()
            guard let t = try w.greenletThread(args[0], &vm) else {
                // -2: killed by a throw before it started.
                if case .int(-2)? = try vm.getAttrOrNil(args[0], "_gid") { return .int(2) }
                return .int(0)
            }
            return .int(w.threads[t].status == .finished ? 2 : 1)
        },
        NativeEntry(name: "greenlet:_is_current") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            return .bool(try w.greenletThread(args[0], &vm) == w.current)
        },
        // _rename_lane(g, name): gevent names a greenlet when first asked (Greenlet-N); its
        // lane, made when it first ran, takes the name then.
        NativeEntry(name: "greenlet:_rename_lane") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let t = try w.greenletThread(args[0], &vm), let name = vm.heap.string(args[1]) else { return .none }
            w.threads[t].name = name
            if w.recording { w.trace.renameThread(w.threads[t].tid, to: name) }
            return .none
        },
    ]

    /// The greenlet object of world thread `t`: a greenlet's own, or an OS thread's main
    /// greenlet, made on first use.
    func greenletObject(of t: Int, _ vm: inout Interp) throws(PyError) -> Value {
        if case .object = threads[t].greenlet { return threads[t].greenlet }
        let g = vm.heap.newInstance(vm.greenletClass())
        try vm.setAttr(g, "_gid", .int(t))
        try vm.setAttr(g, "_parent", .none)
        threads[t].greenlet = g
        return g
    }

    /// The world thread of greenlet `g`, nil if it has not started.
    func greenletThread(_ g: Value, _ vm: inout Interp) throws(PyError) -> Int? {
        guard vm.isInstance(g, vm.greenletClass()) else {
            throw .typeError("descriptor requires a 'greenlet.greenlet' object but received '\(vm.heap.typeName(g))'")
        }
        guard case .int(let t)? = try vm.getAttrOrNil(g, "_gid"), t >= 0, t < threads.count else { return nil }
        return t
    }

    /// The OS thread a world thread belongs to (itself, unless it is a greenlet).
    func hostThread(_ t: Int) -> Int { threads[t].host ?? t }

    /// `greenlet.switch`/`throw`: transfers control to `target` (or, dead, to its first live
    /// ancestor) with the call's arguments or an exception; returns what is eventually
    /// switched back to this greenlet.
    func switchGreenlet(to targetObject: Value, args: [Value], kwargs: [(String, Value)], throwing: Value?,
                        _ vm: inout Interp) throws(PyError) -> Value {
        let me = current
        var target = targetObject
        var value = switchValue(args, kwargs, &vm)
        let error = throwing
        // A dead greenlet passes the switch on to its parent (greenlet's `g_switch`).
        while let t = try greenletThread(target, &vm), threads[t].status == .finished {
            guard let parent = try vm.getAttrOrNil(target, "_parent"), !parent.isIdentical(to: .none) else { break }
            target = parent
        }
        if let t = try greenletThread(target, &vm), hostThread(t) != hostThread(me) {
            throw .exception(try wrongThread(target, &vm))
        }
        var t = try greenletThread(target, &vm)
        if t == nil {
            if let parentThread = try greenletParentHost(target, &vm), parentThread != hostThread(me) {
                throw .exception(try wrongThread(target, &vm))
            }
            if let exc = error {
                // Thrown into a greenlet that never started: it dies at once and the exception
                // goes to its parent (GreenletExit as the value switched there).
                try vm.setAttr(target, "_gid", .int(-2))
                return try deliverToParent(of: target, finished: nil, raised: exc, &vm)
            }
            t = try startGreenlet(target, args: args, kwargs: kwargs, &vm)
            value = .none
        }
        guard let t else { return .none }
        if t == me {
            if let error { throw .exception(error) }
            return value
        }
        if threads[t].status == .finished {
            // The main greenlet of a thread that ended: nothing to switch to.
            if let error { throw .exception(error) }
            return value
        }
        vm.process.clockNanos += World.greenletSwitchCost
        if threads[t].status == .blocked, threads[t].block != nil {
            threads[t].transfer = value
            threads[t].transferError = error
        }
        let result = block(&vm, .greenlet(to: t), timeout: nil)
        if let e = resumeError {
            resumeError = nil
            throw .exception(e)
        }
        return result
    }

    /// greenlet's error for a switch to a greenlet of another thread, naming both.
    private func wrongThread(_ target: Value, _ vm: inout Interp) throws(PyError) -> Value {
        if let t = try greenletThread(target, &vm), threads[hostThread(t)].status == .finished {
            return try vm.greenletError("cannot switch to a different thread (which happens to have exited)")
        }
        let mine = try vm.repr(try greenletObject(of: current, &vm))
        let theirs = try vm.repr(target)
        return try vm.greenletError("Cannot switch to a different thread\n\tCurrent:  \(mine)\n\tExpected: \(theirs)")
    }

    /// What a switch with these arguments delivers: one argument itself, none `()`, several a
    /// tuple, keywords a dict, both `(args, kwargs)`.
    func switchValue(_ args: [Value], _ kwargs: [(String, Value)], _ vm: inout Interp) -> Value {
        if kwargs.isEmpty { return args.count == 1 ? args[0] : vm.heap.newTuple(args) }
        let d = vm.heap.alloc(.dict(PyDict()))
        for (k, v) in kwargs { try? vm.dictSet(d, k, v) }
        return args.isEmpty ? .object(d) : vm.heap.newTuple([vm.heap.newTuple(args), .object(d)])
    }

    /// The host of the first started ancestor of a greenlet that has not started (its thread).
    private func greenletParentHost(_ g: Value, _ vm: inout Interp) throws(PyError) -> Int? {
        var p = try vm.getAttrOrNil(g, "_parent")
        while let parent = p, !parent.isIdentical(to: .none) {
            if let t = try greenletThread(parent, &vm) { return hostThread(t) }
            p = try vm.getAttrOrNil(parent, "_parent")
        }
        return nil
    }

    /// Makes the world thread of a greenlet switched to for the first time: its first frame
    /// calls `run(*args, **kwargs)`.
    func startGreenlet(_ g: Value, args: [Value], kwargs: [(String, Value)], _ vm: inout Interp) throws(PyError) -> Int {
        guard let run = try vm.getAttrOrNil(g, "run") else { throw .attribute("run") }
        let frame = try firstFrame(calling: run, args, kwargs, &vm)
        let t = threads.count
        let host = hostThread(current)
        // A greenlet class may name its lanes (gevent: `_tutor_lane`, Greenlet-N or Hub).
        var name = greenletName(run, vm)
        if let lane = try vm.getAttrOrNil(g, "_tutor_lane"), let s = vm.heap.string(lane) { name = s }
        var thread = PythonThread(id: t, name: name, daemon: true, ident: threads[host].ident, tid: tid(t))
        thread.host = host
        thread.frames = [frame]
        thread.greenlet = g
        thread.clock = now(vm)
        threads.append(thread)
        try vm.setAttr(g, "_gid", .int(t))
        if recording {
            trace.addThread(ThreadInfo(id: thread.tid, process: processID, name: thread.name, isDaemon: true, host: tid(host)), at: Int64(now(vm)),
                            line: line(of: current, vm))
        }
        return t
    }

    /// A greenlet's lane name: `greenlet-N` and what it runs (`greenlet-1 fetch`).
    private func greenletName(_ run: Value, _ vm: Interp) -> String {
        greenletsMade += 1
        let n = greenletsMade
        var what = ""
        switch vm.heap.vm(run) {
        case .function(let f)?: what = f.name
        case .boundMethod(_, let f)?: if case .function(let fn)? = vm.heap.vm(f) { what = fn.name }
        default: break
        }
        return what.isEmpty || what == "<lambda>" ? "greenlet-\(n)" : "greenlet-\(n) \(what)"
    }

    /// A frame calling `run` with the arguments: the function's own frame for a Python
    /// function or method (so tracebacks show only the program's frames, as greenlet's C
    /// bootstrap adds none), else one of the prelude's `_bootstrap`.
    private func firstFrame(calling run: Value, _ args: [Value], _ kwargs: [(String, Value)], _ vm: inout Interp) throws(PyError) -> Frame {
        var fnValue: Value? = nil
        var callArgs = args
        switch vm.heap.vm(run) {
        case .function?: fnValue = run
        case .boundMethod(let receiver, let f)?:
            if case .function? = vm.heap.vm(f) { fnValue = f; callArgs.insert(receiver, at: 0) }
        default: break
        }
        if let fv = fnValue, case .function(let fn)? = vm.heap.vm(fv), !fn.code.flags.contains(.generator),
           !fn.code.flags.contains(.coroutine), !fn.code.flags.contains(.asyncGenerator),
           var frame = try vm.makeFrame(fn, callArgs, kwargs, caller: .native) {
            frame.caller = .native
            return frame
        }
        let bootstrap = try vm.greenletModuleAttribute("_bootstrap")
        let d = vm.heap.alloc(.dict(PyDict()))
        for (k, v) in kwargs { try vm.dictSet(d, k, v) }
        guard case .function(let fn)? = vm.heap.vm(bootstrap),
              var frame = try vm.makeFrame(fn, [run, vm.heap.newTuple(args), .object(d)], [], caller: .native) else {
            throw .runtime("greenlet bootstrap missing")
        }
        frame.caller = .native
        return frame
    }

    /// A greenlet's `run` returned or raised: it is dead and its parent (the first live
    /// ancestor) continues with the value, or the exception (GreenletExit is a value).
    func greenletEnded(_ t: Int, _ reason: StopReason, _ vm: inout Interp) {
        threads[t].status = .finished
        setState(t, .finished, vm)
        threads[t].frames = []
        if t == current { vm.frames = [] }
        var result: Value = .none
        var raised: Value? = nil
        switch reason {
        case .finished(let v): result = v
        case .raised(let e): raised = e
        default: break
        }
        do throws(PyError) {
            _ = try deliverToParent(of: threads[t].greenlet, finished: t, result: result, raised: raised, &vm)
        } catch {
            // No live parent to take it (cannot happen: the main greenlet outlives its children).
            end(1, &vm)
        }
    }

    /// Switches from a greenlet that just died (`finished`, its thread; nil when it never
    /// started) to its first live ancestor, carrying its result or exception.
    @discardableResult
    func deliverToParent(of g: Value, finished: Int?, result: Value = .none, raised: Value?, _ vm: inout Interp) throws(PyError) -> Value {
        var value = result
        var error = raised
        if let e = error, vm.isInstance(e, try vm.greenletModuleAttribute("GreenletExit")) {
            value = e
            error = nil
        }
        var parent = try vm.getAttrOrNil(g, "_parent") ?? .none
        var p: Int? = nil
        while !parent.isIdentical(to: .none) {
            if let pt = try greenletThread(parent, &vm) {
                if threads[pt].status != .finished { p = pt; break }
            } else {
                p = try startGreenlet(parent, args: [value], kwargs: [], &vm)
                value = .none
                break
            }
            parent = try vm.getAttrOrNil(parent, "_parent") ?? .none
        }
        guard let p else { throw .runtime("greenlet has no live parent") }
        guard let me = finished else {
            // Never started: the caller itself is the parent that gets the result.
            if p == current {
                if let error { throw .exception(error) }
                return value
            }
            return try switchGreenlet(to: parent, args: [value], kwargs: [], throwing: error, &vm)
        }
        if threads[p].status == .blocked {
            threads[p].transfer = value
            threads[p].transferError = error
        }
        handOver(from: me, to: p, vm)
        return .none
    }

    /// The running greenlet `from` stops (suspended in a switch, or dead) and `to` runs at
    /// once on its GIL or core: no other thread gets a look in between.
    func handOver(from: Int, to: Int, _ vm: Interp) {
        if threads[to].status == .blocked { threads[to].woken = true }
        threads[to].status = .running
        threads[to].hasStarted = true
        threads[to].clock = policy.threadClocks ? (from == current ? vm.process.clockNanos : threads[from].clock) : threads[to].clock
        threads[to].core = threads[from].core
        threads[to].sliceStart = threads[from].sliceStart
        policy.handOver(self, from: from, to: to, vm)
        setState(to, .running(core: threads[to].core), vm)
    }
}

extension Interp {
    /// `greenlet.greenlet`, made on first use: a class whose dict holds the `greenlet.` natives
    /// (as `_thread.lock`'s does); the prelude adds the rest in Python.
    mutating func greenletClass() -> Value {
        let key = "greenlet.greenlet"
        if let c = process.classes[key] { return c }
        let cls = makeClass("greenlet", bases: [builtinClass("object")], builtin: nil)
        process.classes[key] = cls
        updateClass(cls) { $0.module = "greenlet" }
        if let c = heap.pyClass(cls) {
            for (i, entry) in Natives.table.enumerated() where entry.name.hasPrefix("greenlet.") {
                try? dictSet(c.dict, String(entry.name.dropFirst("greenlet.".count)), heap.newVM(.native(index: i, receiver: nil)))
            }
        }
        return cls
    }

    /// A name the `greenlet` prelude defines (GreenletExit, error, _bootstrap).
    mutating func greenletModuleAttribute(_ name: String) throws(PyError) -> Value {
        let module = try importModule("greenlet", fromlist: .none)
        return try getAttr(module, name)
    }

    /// `greenlet.error(message)`.
    mutating func greenletError(_ message: String) throws(PyError) -> Value {
        try instantiate(try greenletModuleAttribute("error"), [heap.newStr(message)], [])
    }
}
