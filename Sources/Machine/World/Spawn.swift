import PyLang
import Trace

/// multiprocessing's `spawn` start method: a new process that starts a fresh interpreter
/// instead of copying its parent, re-imports the program as `__mp_main__` (so a program
/// without `if __name__ == "__main__":` runs its top level again, as in CPython), then
/// unpickles the `Process` it was given and runs it (prelude `multiprocessing.spawn`).
extension World {
    /// Virtual cost of starting a fresh interpreter (python3 3.11 measured here: ~30 ms).
    static let spawnCost = 30_000_000

    static let spawnNatives: [NativeEntry] = [
        NativeEntry(name: "_multiprocessing:spawn") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let payload = vm.heap.bytes(args[0]) else { throw .typeError("spawn() needs the pickled process") }
            return .int(try w.spawn(&vm, payload: payload))
        },
        NativeEntry(name: "_multiprocessing:spawn_payload") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            return vm.heap.newBytes(w.kernel.spawnPayloads.removeValue(forKey: vm.process.pid) ?? [])
        },
        // Runs the program again as module `__mp_main__`, which is `sys.modules['__main__']`
        // in the child (multiprocessing.spawn `_fixup_main_from_path`).
        NativeEntry(name: "_multiprocessing:run_main_as_mp_main") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let program = w.kernel.program else { throw .runtime("no program to re-import") }
            let code: CodeObject
            do { code = try compile(source: program.source, filename: program.path) } catch {
                throw .runtime("the program no longer compiles: \(error)")
            }
            let d = vm.heap.alloc(.dict(PyDict()))
            try vm.dictSet(d, "__name__", vm.heap.newStr("__mp_main__"))
            try vm.dictSet(d, "__file__", vm.heap.newStr(program.path))
            try vm.dictSet(d, "__builtins__", .object(vm.process.builtins))
            let module = vm.heap.newVM(.module(PyModule(name: "__mp_main__", dict: d)))
            vm.process.modules["__mp_main__"] = module
            vm.process.modules["__main__"] = module
            if let mods = vm.process.sysModules {
                try vm.dictSet(mods, "__mp_main__", module)
                try vm.dictSet(mods, "__main__", module)
            }
            w.mainGlobals = d
            _ = try vm.runNested(Frame(code: code, globals: d, locals: d))
            return module
        },
    ]

    /// Starts a spawned child: a fresh interpreter whose only thread runs the spawn bootstrap
    /// (`File "<string>", line 1`, as CPython's `python -c 'from multiprocessing.spawn ...'`).
    func spawn(_ vm: inout Interp, payload: [UInt8]) throws(PyError) -> Int {
        try checkProcessLimit(&vm)
        let pid = kernel.allocatePID()
        let slot = kernel.processes.count
        let child = childWorld(pid: pid)
        var image = Interp()
        image.process.io = vm.process.io
        image.process.argv = vm.process.argv
        image.process.maxSteps = vm.process.maxSteps
        image.process.frameShortcuts = vm.process.frameShortcuts
        image.process.sources = vm.process.sources
        image.process.randomState = vm.process.randomState ^ UInt64(pid)
        image.process.pid = pid
        image.stepFence = vm.process.maxSteps
        image.heap.memoryLimit = vm.heap.memoryLimit
        image.process.clockNanos = now(vm)
        image.world = child
        image.setUpBuiltins()
        let globals = image.heap.alloc(.dict(PyDict()))
        try image.dictSet(globals, "__name__", image.heap.newStr("__main__"))
        try image.dictSet(globals, "__builtins__", .object(image.process.builtins))
        let bootstrap = "from multiprocessing.spawn import spawn_main; spawn_main()\n"
        image.process.sources["<string>"] = bootstrap.split(separator: "\n", omittingEmptySubsequences: false)
        guard let code = try? compile(source: bootstrap, filename: "<string>") else { throw .runtime("spawn bootstrap failed to compile") }
        var frame = Frame(code: code, globals: globals, locals: globals)
        frame.caller = .native
        image.frames = [frame]
        child.mainGlobals = globals
        kernel.spawnPayloads[pid] = payload
        let process = VirtualProcess(pid: pid, ppid: vm.process.pid, name: "SpawnProcess", vm: image, world: child)
        kernel.add(process)
        kernel.copyDescriptors(from: vm.process.pid, to: pid)
        recordStart(of: child, at: now(vm), vm)
        child.addMainThread(&process.vm)
        // Its records above carry the spawn's time; the interpreter starts up meanwhile.
        process.vm.process.clockNanos += World.spawnCost
        kernel.becameRunnable(slot, at: process.vm.process.clockNanos)
        return pid
    }
}
