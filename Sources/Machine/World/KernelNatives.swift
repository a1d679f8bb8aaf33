import Trace

/// `os.pipe`/`read`/`write`/`close` and `_multiprocessing`'s semaphores and shared memory:
/// the natives over the kernel's objects (KernelIPC.swift).
extension World {
    static let kernelNatives: [NativeEntry] = [
        NativeEntry(name: "os:pipe") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            let (r, wr) = w.kernel.newPipe(for: vm.process.pid)
            return vm.heap.newTuple([.int(r), .int(wr)])
        },
        NativeEntry(name: "os:read") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 2 else { throw .typeError("read expected 2 arguments, got \(args.count)") }
            let fd = try vm.intArg(args[0]), n = try vm.intArg(args[1])
            if n < 0 { throw .valueError("negative count") }
            guard let d = w.kernel.pipeEnd(fd, of: vm.process.pid), !d.writes else { throw .exception(vm.osError("OSError", 9, "Bad file descriptor")) }
            if let data = w.readPipe(d.pipe, n) { return vm.heap.newBytes(data) }
            let p = w.kernelPrimitive(.pipe, "pipe \(d.pipe)", vm)
            w.primitives[p].waiters.append(w.current)
            w.record(.waitBegin, p, by: w.current, vm: vm)
            w.kernel.addWaiter(.pipe(d.pipe), slot: w.kernel.slot(of: w), thread: w.current)
            return w.block(&vm, .pipeRead(fd: fd, size: n, primitive: p), timeout: nil)
        },
        NativeEntry(name: "os:write") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 2 else { throw .typeError("write expected 2 arguments, got \(args.count)") }
            let fd = try vm.intArg(args[0])
            guard let data = vm.heap.bytes(args[1]) else { throw .typeError("a bytes-like object is required, not '\(vm.heap.typeName(args[1]))'") }
            if case .stream(let n)? = w.kernel.resolve(fd, of: vm.process.pid), n == 1 || n == 2 {
                if w.kernel.writeRedirected(data, fd: n, process: vm.process.pid, io: vm.process.io) { return .int(data.count) }
                guard let io = vm.process.io else {
                    vm.write(String(decoding: data, as: UTF8.self), fd: n)
                    return .int(data.count)
                }
                io.writeUnbuffered(data, fd: n, process: vm.process.pid)
                w.noteOutput(String(decoding: data, as: UTF8.self), fd: n, vm: vm)
                return .int(data.count)
            }
            guard let d = w.kernel.pipeEnd(fd, of: vm.process.pid), d.writes else { throw .exception(vm.osError("OSError", 9, "Bad file descriptor")) }
            guard w.kernel.pipes[d.pipe].readers > 0 else { throw .exception(vm.osError("BrokenPipeError", 32, "Broken pipe")) }
            w.kernel.pipes[d.pipe].buffer.append(contentsOf: data)
            w.kernel.notify(.pipe(d.pipe))
            // Copying into the kernel costs about a microsecond per 4 KiB page.
            vm.process.clockNanos += 1_000 + data.count / 4
            return .int(data.count)
        },
        NativeEntry(name: "os:dup") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 1 else { throw .typeError("dup() takes exactly one argument (\(args.count) given)") }
            guard let fd = w.kernel.duplicate(try vm.intArg(args[0]), of: vm.process.pid) else {
                throw .exception(vm.osError("OSError", 9, "Bad file descriptor"))
            }
            return .int(fd)
        },
        NativeEntry(name: "os:dup2") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard args.count == 2 || args.count == 3 else { throw .typeError("dup2() takes 2 or 3 arguments (\(args.count) given)") }
            guard let fd = w.kernel.duplicate(try vm.intArg(args[0]), to: try vm.intArg(args[1]), of: vm.process.pid) else {
                throw .exception(vm.osError("OSError", 9, "Bad file descriptor"))
            }
            return .int(fd)
        },
        NativeEntry(name: "os:close") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard w.kernel.close(try vm.intArg(args[0]), of: vm.process.pid) else {
                throw .exception(vm.osError("OSError", 9, "Bad file descriptor"))
            }
            return .none
        },
        NativeEntry(name: "_multiprocessing:sem_new") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let kind = try vm.intArg(args[0]), value = try vm.intArg(args[1]), maxValue = try vm.intArg(args[2])
            w.kernel.semaphores.append(KernelSemaphore(value: value, maxValue: maxValue, recursive: kind == 1))
            return .int(w.kernel.semaphores.count - 1)
        },
        NativeEntry(name: "_multiprocessing:sem_acquire") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let s = try vm.semaphoreArg(args[0], w)
            let blocking = args.count > 1 ? try vm.truthy(args[1]) : true
            var timeout: Int? = nil
            if args.count > 2, !args[2].isIdentical(to: .none) { timeout = max(0, try vm.pyTimeNanos(fromSeconds: args[2])) }
            if w.takeSemaphore(s, w.current) { return .true }
            if !blocking || timeout == 0 { return .false }
            let p = w.kernelPrimitive(w.kernel.semaphores[s].maxValue == 1 ? .lock : .semaphore, "process lock \(s)", vm)
            w.primitives[p].waiters.append(w.current)
            w.record(.waitBegin, p, by: w.current, vm: vm)
            w.kernel.addWaiter(.semaphore(s), slot: w.kernel.slot(of: w), thread: w.current)
            return w.block(&vm, .semaphore(s, primitive: p), timeout: timeout)
        },
        NativeEntry(name: "_multiprocessing:sem_release") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let s = try vm.semaphoreArg(args[0], w)
            var sem = w.kernel.semaphores[s]
            if sem.recursive {
                guard let o = sem.owner, o.slot == w.kernel.slot(of: w), o.thread == w.current else {
                    throw .exception(vm.newException("AssertionError", "attempt to release recursive lock not owned by thread"))
                }
                sem.depth -= 1
                if sem.depth == 0 { sem.owner = nil }
            } else {
                if sem.value >= sem.maxValue {
                    throw .valueError("semaphore or lock released too many times")
                }
                sem.value += 1
            }
            w.kernel.semaphores[s] = sem
            w.kernel.notify(.semaphore(s))
            return .none
        },
        NativeEntry(name: "_multiprocessing:sem_value") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let sem = w.kernel.semaphores[try vm.semaphoreArg(args[0], w)]
            return .int(sem.recursive ? (sem.owner == nil ? 1 : 0) : sem.value)
        },
        NativeEntry(name: "_multiprocessing:sem_is_mine") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let sem = w.kernel.semaphores[try vm.semaphoreArg(args[0], w)]
            guard let o = sem.owner else { return .false }
            return .bool(o.slot == w.kernel.slot(of: w) && o.thread == w.current)
        },
        // Whether a read of `fd` would return at once (data buffered, or end of file).
        NativeEntry(name: "_multiprocessing:readable") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let d = w.kernel.pipeEnd(try vm.intArg(args[0]), of: vm.process.pid) else { return .true }
            return .bool(!w.kernel.pipes[d.pipe].buffer.isEmpty || w.kernel.pipes[d.pipe].writers == 0)
        },
        // The virtual file system (`open`, `os.remove`, `os.listdir`, `os.path.exists`).
        NativeEntry(name: "_multiprocessing:vfs_read") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let data = w.kernel.files[try vm.strArg(args[0], "vfs_read")] else { return .none }
            return vm.heap.newBytes(data)
        },
        NativeEntry(name: "_multiprocessing:vfs_write") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let data = vm.heap.bytes(args[1]) else { throw .typeError("vfs_write needs bytes") }
            let path = try vm.strArg(args[0], "vfs_write")
            let grown = data.count - (w.kernel.files[path]?.count ?? 0)
            if grown > 0 { try vm.heap.reserve(bytes: grown) }
            w.kernel.files[path] = data
            return .none
        },
        NativeEntry(name: "_multiprocessing:vfs_remove") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            return .bool(w.kernel.files.removeValue(forKey: try vm.strArg(args[0], "vfs_remove")) != nil)
        },
        NativeEntry(name: "_multiprocessing:vfs_list") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let dir = try vm.strArg(args[0], "vfs_list")
            let prefix = dir.hasSuffix("/") ? dir : dir + "/"
            let names = Set(w.kernel.files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).split(separator: "/").first ?? "") })
            return vm.heap.newList(names.sorted().map { vm.heap.newStr($0) })
        },
        // multiprocessing's name for this process (the run view's process table).
        NativeEntry(name: "_multiprocessing:set_process_name") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let name = try vm.strArg(args[0], "set_process_name")
            // The parent names its child right after the fork (a child killed before it ran
            // keeps the name); with no pid, the process names itself.
            let target = args.count > 1 ? w.kernel.process(pid: try vm.intArg(args[1]))?.world.processID : w.processID
            if w.recording, let target { w.trace.recordProcess(target, .named(name), at: Int64(w.now(vm))) }
            return .none
        },
        // Python-level work CPython's multiprocessing does and this prelude does not (its
        // Popen, sentinel pipes and finalizers): CPU time, documented in DECISIONS.
        NativeEntry(name: "_multiprocessing:spend") { vm, args, _ throws(PyError) in
            vm.process.clockNanos += max(0, try vm.pyTimeNanos(fromSeconds: args[0]))
            return .none
        },
        NativeEntry(name: "_multiprocessing:shm_new") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let items = vm.heap.sequenceItems(args[0]) else { throw .typeError("shared memory needs a list") }
            w.kernel.sharedMemory.append(items.map { v in
                switch v {
                case .int, .float, .bool: return v
                default: return .int(0)
                }
            })
            return .int(w.kernel.sharedMemory.count - 1)
        },
        NativeEntry(name: "_multiprocessing:shm_get") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let (m, i) = try vm.sharedCellArg(args[0], args[1], w)
            return w.kernel.sharedMemory[m][i]
        },
        NativeEntry(name: "_multiprocessing:shm_set") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let v: Value
            switch args[2] {
            case .int, .float, .bool: v = args[2]
            default: throw .typeError("shared memory holds numbers, not '\(vm.heap.typeName(args[2]))'")
            }
            let (m, i) = try vm.sharedCellArg(args[0], args[1], w)
            w.kernel.sharedMemory[m][i] = v
            return .none
        },
    ]

    /// Takes up to `n` bytes from pipe `p`: nil while it is empty and a writer is left.
    func readPipe(_ p: Int, _ n: Int) -> [UInt8]? {
        let count = kernel.pipes[p].buffer.count
        if count == 0 { return kernel.pipes[p].writers == 0 ? [] : nil }
        let k = min(n, count)
        let data = Array(kernel.pipes[p].buffer.prefix(k))
        kernel.pipes[p].buffer.removeFirst(k)
        return data
    }

    /// Takes semaphore `s` for thread `t` of this process without blocking.
    func takeSemaphore(_ s: Int, _ t: Int) -> Bool {
        let me = kernel.slot(of: self)
        var sem = kernel.semaphores[s]
        defer { kernel.semaphores[s] = sem }
        if sem.recursive {
            if let o = sem.owner {
                guard o.slot == me && o.thread == t else { return false }
                sem.depth += 1
                return true
            }
            sem.owner = (me, t)
            sem.depth = 1
            return true
        }
        guard sem.value > 0 else { return false }
        sem.value -= 1
        return true
    }
}

extension Interp {
    /// A process semaphore's id as `multiprocessing` keeps it in an attribute, checked: a
    /// program that rewrote the attribute gets a ValueError, not a trap.
    func semaphoreArg(_ v: Value, _ w: World) throws(PyError) -> Int {
        let s = try intArg(v)
        guard w.kernel.semaphores.indices.contains(s) else {
            throw .valueError("no process semaphore \(s) in this run (an internal attribute of a multiprocessing lock was changed)")
        }
        return s
    }

    /// A shared-memory block and an index in it (`Value`/`Array`), checked as `semaphoreArg`.
    mutating func sharedCellArg(_ block: Value, _ index: Value, _ w: World) throws(PyError) -> (Int, Int) {
        let m = try intArg(block), i = try intArg(index)
        guard w.kernel.sharedMemory.indices.contains(m), w.kernel.sharedMemory[m].indices.contains(i) else {
            throw .exception(newException("IndexError", "index out of range"))
        }
        return (m, i)
    }
}
