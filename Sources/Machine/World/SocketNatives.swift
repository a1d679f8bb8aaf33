import Trace

/// `_socket`: the system calls under the `socket`, `select` and `selectors` preludes. Each
/// call returns at once (None when it would block); the preludes wait with `_socket.wait`,
/// which blocks the thread until the kernel changes one of the objects it watches or the
/// timeout passes, and then try again, as a blocking call does inside Linux.
extension World {
    static let socketNatives: [NativeEntry] = [
        // socket(type[, family]): family 1 is AF_UNIX.
        NativeEntry(name: "_socket:socket") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let kind: KernelSocket.Kind = try vm.intArg(args[0]) == 2 ? .datagram : .stream
            let familyNumber = args.count > 1 ? try vm.intArg(args[1]) : 2
            let family: KernelSocket.Family = familyNumber == 1 ? .unix : .inet
            return .int(w.kernel.newSocket(kind, family: family, for: vm.process.pid))
        },
        // bind_unix(fd, path, name): `path` resolved in the virtual file system, `name` as given.
        NativeEntry(name: "_socket:bind_unix") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            try w.check(&vm, w.kernel.bindUnix(s, path: try vm.strArg(args[1], "bind"), name: try vm.strArg(args[2], "bind")))
            return .none
        },
        NativeEntry(name: "_socket:socketpair") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            let (a, b) = w.kernel.socketPair(for: vm.process.pid)
            return vm.heap.newTuple([.int(a), .int(b)])
        },
        NativeEntry(name: "_socket:bind") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let address = NetAddress(host: try vm.strArg(args[1], "bind"), port: try vm.intArg(args[2]))
            try w.check(&vm, w.kernel.bind(s, to: address, at: w.now(vm)))
            return .none
        },
        NativeEntry(name: "_socket:listen") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            try w.check(&vm, w.kernel.listen(s, backlog: try vm.intArg(args[1]), at: w.now(vm)))
            return .none
        },
        // connect(fd, host, port, blocking[, timeout]): the errno, after the handshake's round
        // trip when blocking; a bool when it waited for room in a full accept queue (try
        // again); -1 when the timeout passed first (an unreachable LAN host). AF_UNIX: `host`
        // is the resolved path.
        NativeEntry(name: "_socket:connect") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let address = NetAddress(host: try vm.strArg(args[1], "connect"), port: try vm.intArg(args[2]))
            let blocking = try vm.truthy(args[3])
            if w.kernel.network.sockets[s].kind == .datagram {
                if w.kernel.network.sockets[s].local == nil { _ = w.kernel.bind(s, to: NetAddress(host: "127.0.0.1", port: 0), at: w.now(vm)) }
                w.kernel.network.sockets[s].peer = address
                return .int(0)
            }
            // The round trip to the host (AF_UNIX: `host` is a path, as quick as loopback).
            let roundTrip = 2 * (w.kernel.network.sockets[s].family == .unix ? Network.latency : Network.latency(to: address.host))
            switch w.kernel.connect(s, to: address, at: w.now(vm), blocking: blocking) {
            case .started:
                guard blocking else { return .int(NetErrno.inProgress) }
                return w.kernelStep(&vm, "TCP handshake (SYN, SYN-ACK)", roundTrip, result: 0)
            case .failed(let e):
                guard blocking, e == NetErrno.refused else { return .int(e) }
                return w.kernelStep(&vm, "TCP handshake (SYN, RST)", roundTrip, result: e)
            case .queueFull(let l):
                guard blocking else { return .int(NetErrno.wouldBlock) }
                return w.waitOn(&vm, [.socket(l)], "accept queue full", timeout: nil)
            case .unreachable:
                // ARP asks who has the address and nobody answers (Linux: EHOSTUNREACH after
                // three probes); a shorter timeout ends the wait first.
                guard blocking else { return .int(NetErrno.hostUnreachable) }
                var timeout = Network.arpTimeout
                if args.count > 4, !args[4].isIdentical(to: .none) { timeout = min(timeout, max(0, try vm.pyTimeNanos(fromSeconds: args[4]))) }
                let result = timeout < Network.arpTimeout ? -1 : NetErrno.hostUnreachable
                return w.kernelStep(&vm, "ARP: who has \(address.host)?", timeout, result: result)
            }
        },
        // After a blocking connect's round trip: the ACK that completes the handshake.
        NativeEntry(name: "_socket:ack") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            w.kernel.acknowledge(s)
            return .none
        },
        NativeEntry(name: "_socket:accept") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            guard w.kernel.network.sockets[s].state == .listen else { throw .exception(w.errno(&vm, NetErrno.invalid)) }
            guard let c = w.kernel.accept(s) else { return .none }
            let fd = w.kernel.install(.socket(c), for: vm.process.pid)
            let peer = w.kernel.network.sockets[c].peer ?? .any
            return vm.heap.newTuple([.int(fd), vm.heap.newStr(peer.host), .int(peer.port)])
        },
        NativeEntry(name: "_socket:send") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            guard let data = vm.heap.bytes(args[1]) else { throw .typeError("a bytes-like object is required, not '\(vm.heap.typeName(args[1]))'") }
            switch w.kernel.send(s, data, at: w.now(vm)) {
            case .sent(let n):
                vm.process.clockNanos += Network.copyCost(n)
                return .int(n)
            case .failed(let e): throw .exception(w.errno(&vm, e))
            case .wouldBlock, .done: return .none
            }
        },
        NativeEntry(name: "_socket:recv") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let n = try vm.intArg(args[1])
            if n < 0 { throw .valueError("negative buffersize in recv") }
            switch w.kernel.receive(s, n) {
            case .done(let data): return vm.heap.newBytes(data)
            case .failed(let e): throw .exception(w.errno(&vm, e))
            case .wouldBlock, .sent: return .none
            }
        },
        NativeEntry(name: "_socket:sendto") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            guard let data = vm.heap.bytes(args[1]) else { throw .typeError("a bytes-like object is required, not '\(vm.heap.typeName(args[1]))'") }
            let address = NetAddress(host: try vm.strArg(args[2], "sendto"), port: try vm.intArg(args[3]))
            try w.check(&vm, w.kernel.sendDatagram(s, data, to: address, at: w.now(vm)))
            vm.process.clockNanos += Network.copyCost(data.count)
            return .int(data.count)
        },
        NativeEntry(name: "_socket:recvfrom") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            guard let (data, from) = w.kernel.receiveDatagram(s, try vm.intArg(args[1])) else { return .none }
            return vm.heap.newTuple([vm.heap.newBytes(data), vm.heap.newStr(from.host), .int(from.port)])
        },
        NativeEntry(name: "_socket:shutdown") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let how = try vm.intArg(args[1])
            guard (0...2).contains(how) else { throw .exception(w.errno(&vm, NetErrno.invalid)) }
            try w.check(&vm, w.kernel.shutdown(s, how: how, at: w.now(vm)))
            return .none
        },
        NativeEntry(name: "_socket:getsockname") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let sock = w.kernel.network.sockets[s]
            // An AF_UNIX address is its path ('' when unbound).
            if sock.family == .unix { return vm.heap.newStr(sock.local?.host ?? "") }
            let a = sock.local ?? .any
            return vm.heap.newTuple([vm.heap.newStr(a.host), .int(a.port)])
        },
        NativeEntry(name: "_socket:getpeername") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let sock = w.kernel.network.sockets[s]
            guard let a = sock.peer, sock.state != .closed || sock.kind == .datagram else {
                throw .exception(w.errno(&vm, NetErrno.notConnected))
            }
            if sock.family == .unix { return vm.heap.newStr(a.host) }
            return vm.heap.newTuple([vm.heap.newStr(a.host), .int(a.port)])
        },
        // setsockopt(fd, option, value) for SOL_SOCKET: SO_REUSEADDR (2), SO_SNDBUF (7),
        // SO_RCVBUF (8); others are accepted and ignored.
        NativeEntry(name: "_socket:setsockopt") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let value = try vm.intArg(args[2])
            switch try vm.intArg(args[1]) {
            case 2: w.kernel.network.sockets[s].reuseAddress = value != 0
            // Linux doubles the value for its bookkeeping, and getsockopt shows the double.
            case 7: w.kernel.network.sockets[s].sendBuffer = max(4_608, 2 * value)
            case 8: w.kernel.network.sockets[s].receiveBuffer = max(2_304, 2 * value)
            default: break
            }
            return .none
        },
        NativeEntry(name: "_socket:getsockopt") { vm, args, _ throws(PyError) in
            let (w, s) = try socketArg(&vm, args)
            let sock = w.kernel.network.sockets[s]
            switch try vm.intArg(args[1]) {
            case 2: return .int(sock.reuseAddress ? 1 : 0)
            case 3: return .int(sock.kind == .stream ? 1 : 2)
            case 4: return .int(sock.pendingError ?? 0)
            case 7: return .int(sock.sendBuffer)
            case 8: return .int(sock.receiveBuffer)
            default: return .int(0)
            }
        },
        // The TCP states socket `fd` went through, with their virtual times in seconds (the
        // tutor's own: CPython has no such call).
        NativeEntry(name: "_socket:tcp_history") { vm, args, _ throws(PyError) in
            let (_, s) = try socketArg(&vm, args)
            let w = try vm.theWorld()
            let items = w.kernel.network.sockets[s].history.map { h in
                vm.heap.newTuple([.float(Double(h.time) / 1e9), vm.heap.newStr(h.state.rawValue)])
            }
            return vm.heap.newList(items)
        },
        NativeEntry(name: "_socket:close") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard w.kernel.close(try vm.intArg(args[0]), of: vm.process.pid) else { throw .exception(w.errno(&vm, NetErrno.badDescriptor)) }
            return .none
        },
        // An epoll instance holds a descriptor number, as `epoll_create1` does (its interest
        // list lives in the prelude).
        NativeEntry(name: "_socket:epoll_create") { vm, _, _ throws(PyError) in
            let w = try vm.theWorld()
            return .int(w.kernel.install(.epoll, for: vm.process.pid))
        },
        // The OSError subclass CPython raises for an errno, with its message.
        NativeEntry(name: "_socket:error") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            return w.errno(&vm, try vm.intArg(args[0]))
        },
        // changes(fd): a counter of the kernel's changes to the socket (edge-triggered epoll).
        NativeEntry(name: "_socket:changes") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard case .socket(let s)? = w.kernel.descriptor(try vm.intArg(args[0]), of: vm.process.pid) else { return .int(0) }
            return .int(w.kernel.network.sockets[s].changes)
        },
        NativeEntry(name: "_socket:gethostname") { vm, _, _ throws(PyError) in vm.heap.newStr(Network.hostname) },
        // resolve(name): the virtual host's address, or None (Network.hosts).
        NativeEntry(name: "_socket:resolve") { vm, args, _ throws(PyError) in
            guard let address = Network.resolve(try vm.strArg(args[0], "resolve")) else { return .none }
            return vm.heap.newStr(address)
        },
        // ready(rfds, wfds, per_watched): the ready ones of each list, and the hung-up ones of
        // the first (POLLHUP). The kernel's work costs time per descriptor watched for select and
        // poll (each call scans them all), per ready one for epoll (Docs/ENGINE.md, "Network").
        NativeEntry(name: "_socket:ready") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let rs = vm.heap.sequenceItems(args[0]), let ws = vm.heap.sequenceItems(args[1]) else { throw .typeError("ready needs lists") }
            var readable: [Value] = [], writable: [Value] = [], hung: [Value] = []
            for v in rs {
                let fd = try vm.intArg(v)
                switch try w.waitObject(&vm, fd) {
                case .socket(let s):
                    if w.kernel.socketReadable(s) { readable.append(v) }
                    if w.kernel.socketHungUp(s) { hung.append(v) }
                case .pipe(let p):
                    if !w.kernel.pipes[p].buffer.isEmpty || w.kernel.pipes[p].writers == 0 { readable.append(v) }
                    if w.kernel.pipes[p].writers == 0 { hung.append(v) }
                case .semaphore: break
                }
            }
            for v in ws {
                let fd = try vm.intArg(v)
                switch try w.waitObject(&vm, fd) {
                case .socket(let s): if w.kernel.socketWritable(s) { writable.append(v) }
                // Pipe writes never block here (KernelIPC.swift).
                case .pipe: writable.append(v)
                case .semaphore: break
                }
            }
            var perWatched = true
            if args.count > 2 { perWatched = try vm.truthy(args[2]) }
            let work = perWatched ? rs.count + ws.count : readable.count + writable.count
            vm.process.clockNanos += World.scanBase + World.scanCost * work
            return vm.heap.newTuple([vm.heap.newList(readable), vm.heap.newList(writable), vm.heap.newList(hung)])
        },
        // wait(fds, timeout, label): blocks until the kernel changes one of the descriptors'
        // objects (True) or the timeout passes (False); a timeout of 0 returns False at once.
        NativeEntry(name: "_socket:wait") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            guard let fds = vm.heap.sequenceItems(args[0]) else { throw .typeError("wait needs a list") }
            var timeout: Int? = nil
            if args.count > 1, !args[1].isIdentical(to: .none) { timeout = max(0, try vm.pyTimeNanos(fromSeconds: args[1])) }
            if timeout == 0 { return .false }
            let label = args.count > 2 ? try vm.strArg(args[2], "wait") : "wait for data"
            var objects: [Kernel.WaitObject] = []
            for v in fds { objects.append(try w.waitObject(&vm, try vm.intArg(v))) }
            return w.waitOn(&vm, objects, label, timeout: timeout)
        },
        // copyout(n): the second phase of a read that waited, the kernel copying n bytes into
        // the program's buffer (shown as "copy to user"); returns n.
        NativeEntry(name: "_socket:copyout") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let n = try vm.intArg(args[0])
            return w.kernelStep(&vm, "copy to user", Network.copyCost(n), result: n)
        },
    ]

    /// A `select`/`poll` call's fixed cost and its cost per descriptor it looks at.
    static let scanBase = 1_000
    static let scanCost = 40

    /// The socket behind `args[0]` (a descriptor of the calling process).
    private static func socketArg(_ vm: inout Interp, _ args: [Value]) throws(PyError) -> (World, Int) {
        let w = try vm.theWorld()
        guard case .socket(let s)? = w.kernel.descriptor(try vm.intArg(args[0]), of: vm.process.pid) else {
            throw .exception(w.errno(&vm, NetErrno.badDescriptor))
        }
        return (w, s)
    }

    /// What the kernel wakes a waiter on for descriptor `fd`.
    func waitObject(_ vm: inout Interp, _ fd: Int) throws(PyError) -> Kernel.WaitObject {
        switch kernel.descriptor(fd, of: vm.process.pid) {
        case .socket(let s)?: return .socket(s)
        case .pipe(let p, _)?: return .pipe(p)
        case .epoll?, .stream?, nil: throw .exception(errno(&vm, NetErrno.badDescriptor))
        }
    }

    func errno(_ vm: inout Interp, _ e: Int) -> Value {
        let d = NetErrno.describe(e)
        return vm.osError(d.cls, e, d.text)
    }

    /// Raises the OSError for a failed call (a non-zero errno).
    func check(_ vm: inout Interp, _ e: Int) throws(PyError) {
        if e != 0 { throw .exception(errno(&vm, e)) }
    }

    /// Blocks the current thread until one of `objects` changes or `timeout` passes: the first
    /// phase of a read ("wait for data"), shown on a kernel primitive named `label`.
    func waitOn(_ vm: inout Interp, _ objects: [Kernel.WaitObject], _ label: String, timeout: Int?) -> Value {
        let p = kernelPrimitive(.pipe, label, vm)
        primitives[p].waiters.append(current)
        record(.waitBegin, p, by: current, vm: vm)
        for o in objects { kernel.addWaiter(o, slot: kernel.slot(of: self), thread: current) }
        return block(&vm, .socketWait(primitive: p), timeout: timeout)
    }

    /// Blocks the current thread for `nanos` inside the kernel (a handshake, a copy), shown on a
    /// kernel primitive named `label`; the call then returns `result`.
    func kernelStep(_ vm: inout Interp, _ label: String, _ nanos: Int, result: Int) -> Value {
        let p = kernelPrimitive(.pipe, label, vm)
        primitives[p].waiters.append(current)
        record(.waitBegin, p, by: current, vm: vm)
        return block(&vm, .kernelStep(primitive: p, result: result), timeout: nanos)
    }
}
