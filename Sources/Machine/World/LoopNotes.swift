import Trace

/// Watched runs only: what the run view's event loop and kernel panes show. The loops call
/// `_tutor.trace_loop` (asyncio's `_run_once`) and `_tutor.trace_hub` (gevent's loop) where
/// their queues change hands, guarded by `_tutor.watching()` so plain and traced runs pay one
/// test; the world reads the queues from the heap then. The descriptor tables are read from
/// the kernel at each line step (`recordStepIfNewLine`), so the network needs no hooks.
extension World {
    static let loopNatives: [NativeEntry] = [
        NativeEntry(name: "_tutor:watching") { vm, _, _ throws(PyError) in
            .bool(try vm.theWorld().watched)
        },
        // trace_loop(loop, todo, i): asyncio's loop is about to run todo[i - 1] (i == 0: it is
        // about to wait); todo[i:] and loop._ready are ready after it, loop._scheduled holds
        // the timers as (-when, -sequence, handle), the earliest last.
        NativeEntry(name: "_tutor:trace_loop") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard w.watched, args.count == 3 else { return .none }
            let todo = w.loopItems(args[1], &vm)
            let i = (try? vm.intArg(args[2])) ?? 0
            let running = i > 0 && i <= todo.count ? w.describeHandle(todo[i - 1], &vm) : nil
            let limit = LoopSnapshot.listLimit
            var pending = Array(todo.dropFirst(i))
            let later = w.loopItems(try vm.getAttrOrNil(args[0], "_ready") ?? .none, &vm)
            let readyCount = pending.count + later.count
            pending = Array((pending + later).prefix(limit))
            let ready = pending.map { w.describeHandle($0, &vm) }
            let scheduled = w.loopItems(try vm.getAttrOrNil(args[0], "_scheduled") ?? .none, &vm)
            var timers: [LoopSnapshot.Timer] = []
            for entry in scheduled.reversed().prefix(limit) {
                let parts = w.loopItems(entry, &vm)
                guard parts.count == 3 else { continue }
                let when = -((try? vm.floatArg(parts[0])) ?? 0)
                timers.append(LoopSnapshot.Timer(due: Nanoseconds(when * 1e9), what: w.describeHandle(parts[2], &vm)))
            }
            w.trace.recordLoop(LoopSnapshot(kind: .asyncio, thread: w.threads[w.hostThread(w.current)].tid, running: running,
                                            ready: ready, readyCount: readyCount, timers: timers, timerCount: scheduled.count))
            return .none
        },
        // trace_hub(loop, running): gevent's loop runs the callback `running` now (None: it is
        // about to wait); loop._callbacks is the queue, loop._timers the deadlines' heap with
        // loop._buckets their timers, loop._io the watched descriptors.
        NativeEntry(name: "_tutor:trace_hub") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard w.watched, args.count == 2 else { return .none }
            let loop = args[0]
            let limit = LoopSnapshot.listLimit
            let running: String?
            if case .none = args[1] { running = nil } else { running = w.describeCallable(args[1], arguments: nil, &vm) }
            let queue = w.loopItems(try vm.getAttrOrNil(loop, "_callbacks") ?? .none, &vm)
            var ready: [String] = []
            for cb in queue where ready.count < limit {
                guard let f = try vm.getAttrOrNil(cb, "callback") else { continue }
                if case .none = f { continue }
                ready.append(w.describeCallable(f, arguments: try vm.getAttrOrNil(cb, "args"), &vm))
            }
            let deadlines = w.loopItems(try vm.getAttrOrNil(loop, "_timers") ?? .none, &vm)
                .compactMap { try? vm.floatArg($0) }.sorted()
            let buckets = try vm.getAttrOrNil(loop, "_buckets") ?? .none
            var timers: [LoopSnapshot.Timer] = []
            var timerCount = 0
            for deadline in deadlines {
                guard case .some(.some(let bucket)) = try? vm.getItem(buckets, .float(deadline)) else { continue }
                for entry in w.loopItems(bucket, &vm) {
                    let parts = w.loopItems(entry, &vm)
                    guard parts.count == 2, case .bool(true)? = try? vm.getAttrOrNil(parts[1], "active") else { continue }
                    timerCount += 1
                    guard timers.count < limit, let f = try vm.getAttrOrNil(parts[1], "callback") else { continue }
                    timers.append(LoopSnapshot.Timer(due: Nanoseconds(deadline * 1e9),
                                                     what: w.describeCallable(f, arguments: try vm.getAttrOrNil(parts[1], "args"), &vm)))
                }
            }
            var waits: [String] = []
            for watcher in w.loopItems(try vm.getAttrOrNil(loop, "_io") ?? .none, &vm).prefix(limit) {
                guard let fd = try? vm.intArg(try vm.getAttrOrNil(watcher, "fd") ?? .none),
                      let events = try? vm.intArg(try vm.getAttrOrNil(watcher, "events") ?? .none) else { continue }
                waits.append("fd \(fd) " + (events & 1 != 0 ? (events & 2 != 0 ? "read/write" : "read") : "write"))
            }
            w.trace.recordLoop(LoopSnapshot(kind: .gevent, thread: w.threads[w.hostThread(w.current)].tid, running: running,
                                            ready: ready, readyCount: queue.count, timers: timers, timerCount: timerCount,
                                            waitsOn: waits))
            return .none
        },
    ]

    /// The elements of a list, tuple or `collections.deque` (its `_items`), else none.
    func loopItems(_ v: Value, _ vm: inout Interp) -> [Value] {
        guard case .object(let r) = v else { return [] }
        switch vm.heap.objects[r.slot] {
        case .list(let items), .tuple(let items): return items
        case .instance:
            guard case .some(.some(let inner)) = try? vm.getAttrOrNil(v, "_items") else { return [] }
            return loopItems(inner, &vm)
        default: return []
        }
    }

    /// An asyncio handle as the pane names it: the task whose step it runs, `sleep` with the
    /// task it will wake, else its callback's name.
    func describeHandle(_ handle: Value, _ vm: inout Interp) -> String {
        guard case .some(.some(let callback)) = try? vm.getAttrOrNil(handle, "_callback") else { return "?" }
        if case .none = callback { return "(cancelled)" }
        return describeCallable(callback, arguments: (try? vm.getAttrOrNil(handle, "_args")) ?? nil, &vm)
    }

    /// A callback's name for the loop pane: a task step or wake-up by the task's name, a
    /// greenlet's switch (or a gevent `Waiter` it waits in) by the greenlet's lane name,
    /// `sleep` and timeouts by what they will wake, else the function's qualified name.
    func describeCallable(_ callable: Value, arguments: Value?, _ vm: inout Interp) -> String {
        var receiver: Value?
        var name = ""
        switch vm.heap.vm(callable) {
        case .boundMethod(let r, let f)?:
            receiver = r
            if case .function(let fn)? = vm.heap.vm(f) { name = fn.name }
        case .native(let index, let r)?:
            receiver = r
            name = String(Natives.table[index].name.split(whereSeparator: { $0 == "." || $0 == ":" }).last ?? "")
        case .function(let fn)?:
            name = fn.qualname
        default:
            name = vm.heap.typeName(callable)
        }
        if let receiver {
            if let lane = laneName(of: receiver, &vm) { return lane }
            if case .some(.some(let g)) = try? vm.getAttrOrNil(receiver, "greenlet"), let lane = laneName(of: g, &vm) {
                return lane
            }
            if case .some(.some) = try? vm.getAttrOrNil(receiver, "get_name"), let task = try? taskName(receiver, &vm) {
                return task
            }
            // A gevent greenlet not started yet: its `switch` will start what it runs.
            for attribute in ["_run", "run"] {
                guard case .some(.some(let run)) = try? vm.getAttrOrNil(receiver, attribute) else { continue }
                var function = run
                if case .boundMethod(_, let f)? = vm.heap.vm(run) { function = f }
                if case .function(let fn)? = vm.heap.vm(function), fn.name != "run" { return "start \(fn.name)" }
            }
            return "\(vm.heap.typeName(receiver)).\(name)"
        }
        let first = arguments.map { loopItems($0, &vm) }?.first
        switch name {
        case "_set_result_unless_cancelled":
            // asyncio.sleep's timer: the future it completes wakes the task awaiting it.
            return "sleep" + (first.flatMap { waiterName(of: $0, &vm) }.map { " → \($0)" } ?? "")
        case "_release_waiter", "_on_timeout":
            return "timeout" + (first.flatMap { waiterName(of: $0, &vm) }.map { " → \($0)" } ?? "")
        default:
            return name
        }
    }

    /// The lane name of a greenlet (its world thread's name), if `v` is one that has started.
    private func laneName(of v: Value, _ vm: inout Interp) -> String? {
        guard case .some(.some(let gid)) = try? vm.getAttrOrNil(v, "_gid"), let t = try? vm.intArg(gid),
              threads.indices.contains(t) else { return nil }
        return threads[t].name
    }

    /// The task a future will wake when done: the first of its done callbacks that is a task's.
    private func waiterName(of future: Value, _ vm: inout Interp) -> String? {
        guard case .some(.some(let callbacks)) = try? vm.getAttrOrNil(future, "_callbacks") else { return nil }
        for cb in loopItems(callbacks, &vm) {
            if case .boundMethod(let r, _)? = vm.heap.vm(cb), case .some(.some) = try? vm.getAttrOrNil(r, "get_name") {
                return try? taskName(r, &vm)
            }
        }
        return nil
    }

    /// The descriptor tables of every process, read from the kernel (watched runs, at line steps).
    func noteKernel() {
        let k = kernel
        guard !k.descriptors.isEmpty || trace.usesKernel else { return }
        // A line step costs a pass over the descriptors, not a new table: 400 open sockets
        // (idle_and_busy.py) would otherwise build and compare 400 entries per line.
        let fingerprint = kernelFingerprint()
        guard fingerprint != trace.kernelFingerprint else { return }
        trace.kernelFingerprint = fingerprint
        var tables: [DescriptorTable] = []
        for pid in k.descriptors.keys.sorted() {
            var entries: [KernelDescriptor] = []
            for (fd, d) in (k.descriptors[pid] ?? [:]).sorted(by: { $0.key < $1.key }) {
                switch d {
                case let .pipe(p, writes):
                    let buffered = k.pipes.indices.contains(p) ? k.pipes[p].buffer.count : 0
                    entries.append(KernelDescriptor(fd: fd, kind: writes ? .pipeWrite : .pipeRead, buffered: buffered,
                                                    waiters: writes ? [] : kernelWaiters(.pipe(p))))
                case .socket(let id):
                    guard k.network.sockets.indices.contains(id) else { continue }
                    let s = k.network.sockets[id]
                    func text(_ a: NetAddress?) -> String? { a.map { "\($0.host):\($0.port)" } }
                    if s.kind == .stream {
                        entries.append(KernelDescriptor(fd: fd, kind: .tcp, tcpState: s.state.rawValue, local: text(s.local),
                                                        remote: text(s.peer), buffered: s.received.count, acceptQueue: s.acceptQueue.count,
                                                        waiters: kernelWaiters(.socket(id))))
                    } else {
                        entries.append(KernelDescriptor(fd: fd, kind: .udp, local: text(s.local), remote: text(s.peer),
                                                        buffered: s.datagrams.reduce(0) { $0 + $1.data.count },
                                                        waiters: kernelWaiters(.socket(id))))
                    }
                case .epoll:
                    entries.append(KernelDescriptor(fd: fd, kind: .epoll))
                case .stream:
                    // A copy of standard input, output or error (`os.dup`): the pane lists
                    // what the program opened, and 0-2 are not listed either.
                    continue
                }
            }
            tables.append(DescriptorTable(pid: pid, descriptors: entries))
        }
        trace.recordKernel(tables)
    }

    /// The threads blocked on a kernel object now (entries left by a wait that timed out or
    /// was woken are not).
    private func kernelWaiters(_ object: Kernel.WaitObject) -> [ThreadID] {
        (kernel.kernelWaiters[object] ?? []).compactMap { w in
            guard kernel.processes.indices.contains(w.slot) else { return nil }
            let world = kernel.processes[w.slot].world
            guard world.threads.indices.contains(w.thread) else { return nil }
            // The running thread that is about to block counts already.
            let blocking = world === self && w.thread == current && pendingBlock
            guard blocking || (world.threads[w.thread].status == .blocked && !world.threads[w.thread].woken) else { return nil }
            return world.threads[w.thread].tid
        }
    }

    /// A number that changes when anything the kernel pane shows changes (with a collision
    /// chance too small to matter for a view): an order-free sum over the descriptors.
    private func kernelFingerprint() -> Int {
        let k = kernel
        var sum = k.descriptors.count
        for (pid, table) in k.descriptors {
            for (fd, d) in table {
                var h = pid &* 1_000_003 &+ fd
                switch d {
                case let .pipe(p, writes):
                    h = h &* 31 &+ (writes ? 1 : 2)
                    if k.pipes.indices.contains(p) { h = h &* 31 &+ k.pipes[p].buffer.count }
                    h = h &* 31 &+ (k.kernelWaiters[.pipe(p)]?.count ?? 0)
                case .socket(let id):
                    guard k.network.sockets.indices.contains(id) else { continue }
                    let s = k.network.sockets[id]
                    // Every state change is appended to the history.
                    h = h &* 31 &+ s.history.count
                    h = h &* 31 &+ s.received.count
                    h = h &* 31 &+ s.datagrams.count
                    h = h &* 31 &+ s.acceptQueue.count
                    h = h &* 31 &+ (s.local?.port ?? -1)
                    h = h &* 31 &+ (s.peer?.port ?? -1)
                    h = h &* 31 &+ (k.kernelWaiters[.socket(id)]?.count ?? 0)
                case .epoll:
                    h = h &* 31 &+ 3
                case .stream(let n):
                    h = h &* 31 &+ 4 &+ n
                }
                // Mixed before summing, so two entries' changes do not cancel out.
                h ^= h >> 29
                h = h &* 0x5851_F42D_4C95_7F2D
                sum = sum &+ (h ^ (h >> 32))
            }
        }
        return sum
    }
}
