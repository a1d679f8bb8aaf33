/// The virtual network under `socket`: TCP and UDP sockets on loopback, kept by the kernel
/// and reached through per-process descriptors (KernelIPC.swift). Nothing here reaches the
/// host. Each operation is one system call that never blocks; the natives (SocketNatives.swift)
/// and the `socket` prelude build blocking, timeouts and `select` from them and from
/// `Kernel.notify(.socket)`, as Linux builds them from wait queues.
///
/// Virtual time (Docs/ENGINE.md, "Network"): a segment crosses loopback in `latency`; a
/// blocking `connect` waits one round trip (SYN, SYN-ACK) and the server's side becomes
/// ESTABLISHED one latency later (the ACK); data, FIN and RST are delivered when they are sent,
/// and the reader pays the copy to user space (`copyCost`). TIME_WAIT lasts `timeWait`.
struct Network {
    /// Every socket ever made, by id (a closed one stays, CLOSED, so ids stay stable).
    var sockets: [KernelSocket] = []
    /// The next ephemeral port (Linux picks from 32768-60999; here in order, so runs repeat).
    var nextEphemeral = 32_768

    /// One-way loopback latency of a segment (Linux measures 10-30 us for a loopback RTT).
    static let latency = 15_000
    /// Linux's TIME_WAIT (2 MSL): 60 s.
    static let timeWait = 60_000_000_000
    /// Linux's default buffer sizes (`tcp_wmem`/`tcp_rmem` defaults, as `getsockopt` reports them).
    static let sendBuffer = 16_384
    static let receiveBuffer = 131_072
    /// The name `socket.gethostname()` gives; it resolves to loopback.
    static let hostname = "tutor-vm"

    /// The virtual hosts and their addresses (the virtual machine's /etc/hosts). Loopback
    /// names reach 127.0.0.1; the named hosts are addresses of the virtual LAN 10.0.0.0/24,
    /// every one of them served by this machine's own network stack, so one program can run
    /// the server of `server.local` and its clients (Docs/ENGINE.md, "Network").
    static let hosts: [(name: String, address: String)] = [
        ("localhost", "127.0.0.1"), ("localhost.localdomain", "127.0.0.1"), (hostname, "127.0.0.1"),
        ("tutor-vm.lan", "10.0.0.1"), ("server.local", "10.0.0.2"), ("db.local", "10.0.0.3"),
        ("cache.local", "10.0.0.4"), ("worker1.local", "10.0.0.11"), ("worker2.local", "10.0.0.12"),
        ("worker3.local", "10.0.0.13"),
    ]
    /// The virtual LAN's addresses begin so; an address there that no host has is
    /// unreachable after ARP gives up (`arpTimeout`), as on a real LAN.
    static let lanPrefix = "10.0.0."
    /// One-way latency on the virtual LAN (a switched gigabit LAN: about 0.1 ms).
    static let lanLatency = 100_000
    /// How long Linux tries to resolve a LAN address before EHOSTUNREACH (3 ARP probes, 1 s apart).
    static let arpTimeout = 3_000_000_000

    /// The address a host name resolves to, or nil (`socket.gaierror`).
    static func resolve(_ name: String) -> String? {
        hosts.first { $0.name == name.lowercased() }?.address
    }

    /// Whether `host` is one of this machine's addresses: loopback, the wildcard, a named host.
    static func isLocal(_ host: String) -> Bool {
        host == "0.0.0.0" || host.hasPrefix("127.") || hosts.contains { $0.address == host }
    }

    /// One-way latency to a local address.
    static func latency(to host: String) -> Int { host.hasPrefix(lanPrefix) ? lanLatency : latency }

    /// Copying `n` bytes between kernel and user space: a microsecond per call plus a quarter
    /// nanosecond a byte (the pipe's cost, KernelNatives.swift).
    static func copyCost(_ n: Int) -> Int { 1_000 + n / 4 }
}

/// An IPv4 address and port as Python shows them (`('127.0.0.1', 8080)`).
struct NetAddress: Hashable {
    var host: String
    var port: Int

    static let any = NetAddress(host: "0.0.0.0", port: 0)

    /// Whether two bound addresses claim the same port (the wildcard overlaps every host).
    func overlaps(_ o: NetAddress) -> Bool {
        port == o.port && (host == o.host || host == "0.0.0.0" || o.host == "0.0.0.0")
    }
}

/// One socket of the virtual network.
struct KernelSocket {
    enum Kind { case stream, datagram }
    /// AF_INET, or AF_UNIX (addressed by a path in the run's virtual file system).
    enum Family { case inet, unix }

    /// TCP's states as `ss` and the RFC 793 diagram name them.
    enum TCPState: String {
        case closed = "CLOSED", listen = "LISTEN", synSent = "SYN_SENT", synReceived = "SYN_RECV"
        case established = "ESTABLISHED", finWait1 = "FIN_WAIT_1", finWait2 = "FIN_WAIT_2"
        case closeWait = "CLOSE_WAIT", lastAck = "LAST_ACK", timeWait = "TIME_WAIT"
    }

    let kind: Kind
    var family = Family.inet
    /// An AF_UNIX socket's bound path, resolved in the virtual file system (`local.host` is
    /// the path as the program gave it).
    var unixPath: String?
    var state = TCPState.closed
    /// Every state change with its virtual time (the lesson's handshake and close).
    var history: [(time: Int, state: TCPState)] = []
    var local: NetAddress?
    var peer: NetAddress?
    /// The other end of a TCP connection.
    var peerSocket: Int?
    /// The listener a connection in its handshake will join once the client's ACK is out.
    var listener: Int?
    var backlog = 0
    /// Connections the handshake completed, waiting for `accept` (a listener's).
    var acceptQueue: [Int] = []
    /// Bytes received and not read yet (TCP).
    var received: [UInt8] = []
    /// Datagrams received and not read yet (UDP), with their senders.
    var datagrams: [(data: [UInt8], from: NetAddress)] = []
    /// The peer sent FIN (or this side shut reading): reads return b'' once `received` is empty.
    var readEnded = false
    /// This side sent FIN (`shutdown(SHUT_WR)` or close): sends fail with EPIPE.
    var writeEnded = false
    /// An error the next call reports once (Linux's `sk_err`: ECONNRESET, EPIPE).
    var pendingError: Int?
    /// Descriptors open on it, in every process (a fork counts each once more).
    var refs = 1
    var reuseAddress = false
    var sendBuffer = Network.sendBuffer
    var receiveBuffer = Network.receiveBuffer
    /// Until when TIME_WAIT holds the local address.
    var timeWaitUntil = 0
    /// How many times the kernel changed it (new data, a connection, a close): an
    /// edge-triggered epoll reports a ready socket again only after a change.
    var changes = 0

    init(kind: Kind, family: Family = .inet) {
        self.kind = kind
        self.family = family
    }

    mutating func enter(_ s: TCPState, at time: Int) {
        state = s
        history.append((time, s))
    }

    /// Whether `local` still claims its port at `time` for `bind`.
    func holdsAddress(at time: Int) -> Bool {
        guard local != nil else { return false }
        if refs > 0 { return true }
        return state == .timeWait && time < timeWaitUntil
    }
}

/// Linux's errno values the network reports, with the texts `strerror` gives.
enum NetErrno {
    static let noEntry = 2, badDescriptor = 9, wouldBlock = 11, invalid = 22, brokenPipe = 32
    static let hostUnreachable = 113
    static let addressInUse = 98, addressNotAvailable = 99, networkUnreachable = 101
    static let notSupported = 95, connectionReset = 104, isConnected = 106, notConnected = 107, refused = 111
    static let inProgress = 115

    /// The OSError subclass CPython raises for `errno` and its message.
    static func describe(_ errno: Int) -> (cls: String, text: String) {
        switch errno {
        case noEntry: return ("FileNotFoundError", "No such file or directory")
        case hostUnreachable: return ("OSError", "No route to host")
        case badDescriptor: return ("OSError", "Bad file descriptor")
        case wouldBlock: return ("BlockingIOError", "Resource temporarily unavailable")
        case invalid: return ("OSError", "Invalid argument")
        case brokenPipe: return ("BrokenPipeError", "Broken pipe")
        case addressInUse: return ("OSError", "Address already in use")
        case addressNotAvailable: return ("OSError", "Cannot assign requested address")
        case networkUnreachable: return ("OSError", "Network is unreachable")
        case notSupported: return ("OSError", "Operation not supported")
        case connectionReset: return ("ConnectionResetError", "Connection reset by peer")
        case isConnected: return ("OSError", "Transport endpoint is already connected")
        case notConnected: return ("OSError", "Transport endpoint is not connected")
        case refused: return ("ConnectionRefusedError", "Connection refused")
        case inProgress: return ("BlockingIOError", "Operation now in progress")
        default: return ("OSError", "Unknown error \(errno)")
        }
    }
}

extension Kernel {
    // MARK: - Sockets: making, binding, connecting

    /// `socket()` in process `pid`: a new socket on the lowest free descriptor.
    func newSocket(_ kind: KernelSocket.Kind, family: KernelSocket.Family = .inet, for pid: Int) -> Int {
        network.sockets.append(KernelSocket(kind: kind, family: family))
        return install(.socket(network.sockets.count - 1), for: pid)
    }

    /// `bind`: 0, or the errno (EADDRINUSE as Linux's rules for SO_REUSEADDR give it).
    func bind(_ id: Int, to address: NetAddress, at time: Int) -> Int {
        if network.sockets[id].local != nil { return NetErrno.invalid }
        guard Network.isLocal(address.host) else { return NetErrno.addressNotAvailable }
        var address = address
        if address.port == 0 {
            address.port = ephemeralPort(network.sockets[id].kind, host: address.host, at: time)
        } else if let clash = network.sockets.indices.first(where: { o in
            o != id && network.sockets[o].kind == network.sockets[id].kind && network.sockets[o].family == .inet
                && network.sockets[o].holdsAddress(at: time)
                && network.sockets[o].local!.overlaps(address)
        }) {
            // Linux (inet_csk_bind_conflict) lets SO_REUSEADDR rebind a port nobody listens on
            // when the socket holding it set SO_REUSEADDR too (a connection accepted from a
            // listener that set it inherits it, so a restarted server can bind at once).
            let reusable = network.sockets[id].reuseAddress && network.sockets[clash].state != .listen
                && network.sockets[clash].reuseAddress
            if !reusable { return NetErrno.addressInUse }
        }
        network.sockets[id].local = address
        return 0
    }

    /// `bind` of an AF_UNIX socket: makes the socket file at `path` (resolved; `name` as the
    /// program gave it). ENOENT when its folder does not exist, EADDRINUSE when the file
    /// does (a socket file outlives its socket until it is unlinked, as on Linux).
    func bindUnix(_ id: Int, path: String, name: String) -> Int {
        if network.sockets[id].local != nil { return NetErrno.invalid }
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        let folders: Set<String> = ["", "/tmp", "/home", "/home/learner"]
        if !folders.contains(folder) && !files.keys.contains(where: { $0.hasPrefix(folder + "/") }) { return NetErrno.noEntry }
        if files[path] != nil { return NetErrno.addressInUse }
        files[path] = []
        network.sockets[id].local = NetAddress(host: name, port: 0)
        network.sockets[id].unixPath = path
        return 0
    }

    /// `socketpair()`: two connected AF_UNIX stream sockets on two new descriptors.
    func socketPair(for pid: Int) -> (Int, Int) {
        let first = network.sockets.count
        for peer in [first + 1, first] {
            var end = KernelSocket(kind: .stream, family: .unix)
            end.local = NetAddress(host: "", port: 0)
            end.peer = end.local
            end.peerSocket = peer
            end.state = .established
            network.sockets.append(end)
        }
        return (install(.socket(first), for: pid), install(.socket(first + 1), for: pid))
    }

    private func ephemeralPort(_ kind: KernelSocket.Kind, host: String, at time: Int) -> Int {
        while true {
            let port = network.nextEphemeral
            network.nextEphemeral = port >= 60_999 ? 32_768 : port + 1
            let candidate = NetAddress(host: host, port: port)
            if !network.sockets.contains(where: { $0.kind == kind && $0.family == .inet && $0.holdsAddress(at: time) && $0.local!.overlaps(candidate) }) {
                return port
            }
        }
    }

    /// `listen(backlog)`: binds an ephemeral port when unbound.
    func listen(_ id: Int, backlog: Int, at time: Int) -> Int {
        guard network.sockets[id].kind == .stream else { return NetErrno.notSupported }
        if network.sockets[id].local == nil && network.sockets[id].family == .inet { _ = bind(id, to: .any, at: time) }
        network.sockets[id].backlog = max(0, backlog)
        if network.sockets[id].state != .listen { network.sockets[id].enter(.listen, at: time) }
        return 0
    }

    /// The listening socket a SYN to `address` reaches.
    func listener(at address: NetAddress) -> Int? {
        network.sockets.indices.first { i in
            let s = network.sockets[i]
            return s.kind == .stream && s.family == .inet && s.state == .listen && s.refs > 0 && s.local!.port == address.port
                && (s.local!.host == "0.0.0.0" || s.local!.host == address.host)
        }
    }

    /// Outcome of a TCP `connect`.
    enum ConnectResult: Equatable {
        /// The handshake is under way; it completes one round trip later.
        case started
        case failed(Int)
        /// The listener's accept queue is full: Linux drops the SYN and the client retries.
        case queueFull(listener: Int)
        /// No host has this address of the virtual LAN: EHOSTUNREACH after `Network.arpTimeout`.
        case unreachable
    }

    /// `connect` on a stream socket: the three-way handshake. Both ends are made at once and
    /// their states recorded at the times the segments arrive (SYN at +latency, SYN-ACK at
    /// +2 latency, ACK at +3 latency); the caller waits the round trip when it blocks.
    func connect(_ id: Int, to address: NetAddress, at time: Int, blocking: Bool) -> ConnectResult {
        let s = network.sockets[id]
        if s.peerSocket != nil || s.state == .listen { return .failed(NetErrno.isConnected) }
        if s.family == .unix { return connectUnix(id, path: address.host, at: time, blocking: blocking) }
        if address.host.hasPrefix(Network.lanPrefix) && !Network.isLocal(address.host) { return .unreachable }
        if address.host == "0.0.0.0" || !Network.isLocal(address.host) { return .failed(NetErrno.networkUnreachable) }
        // Linux picks the destination itself as the source of a connection to a local address.
        if s.local == nil { _ = bind(id, to: NetAddress(host: address.host, port: 0), at: time) }
        if network.sockets[id].local!.host == "0.0.0.0" { network.sockets[id].local!.host = address.host }
        return handshake(id, to: address, listener: listener(at: address), at: time, blocking: blocking)
    }

    /// `connect` on an AF_UNIX stream socket to the socket file at `path` (resolved): ENOENT
    /// when there is no such file, ECONNREFUSED when nobody listens on it.
    private func connectUnix(_ id: Int, path: String, at time: Int, blocking: Bool) -> ConnectResult {
        guard files[path] != nil else { return .failed(NetErrno.noEntry) }
        let l = network.sockets.indices.first { i in
            let o = network.sockets[i]
            return o.family == .unix && o.state == .listen && o.refs > 0 && o.unixPath == path
        }
        guard let l else { return .failed(NetErrno.refused) }
        if network.sockets[id].local == nil { network.sockets[id].local = NetAddress(host: "", port: 0) }
        return handshake(id, to: network.sockets[l].local!, listener: l, at: time, blocking: blocking)
    }

    /// The three-way handshake with listener `l` (nil: RST, refused).
    private func handshake(_ id: Int, to address: NetAddress, listener l: Int?, at time: Int, blocking: Bool) -> ConnectResult {
        let lat = network.sockets[id].family == .unix ? Network.latency : Network.latency(to: address.host)
        network.sockets[id].enter(.synSent, at: time)
        guard let l else {
            // The RST comes back a round trip later.
            network.sockets[id].enter(.closed, at: time + 2 * lat)
            return .failed(NetErrno.refused)
        }
        // Linux queues backlog + 1 connections (`sk_acceptq_is_full` tests >); handshakes under
        // way count, since their ACKs will land in the queue.
        let pending = network.sockets.reduce(0) { $0 + ($1.listener == l ? 1 : 0) }
        if network.sockets[l].acceptQueue.count + pending > network.sockets[l].backlog { return .queueFull(listener: l) }
        var server = KernelSocket(kind: .stream, family: network.sockets[id].family)
        server.refs = 0
        server.reuseAddress = network.sockets[l].reuseAddress
        server.local = NetAddress(host: address.host, port: address.port)
        server.peer = network.sockets[id].local
        server.enter(.synReceived, at: time + lat)
        server.enter(.established, at: time + 3 * lat)
        server.peerSocket = id
        network.sockets.append(server)
        let sid = network.sockets.count - 1
        network.sockets[id].peer = address
        network.sockets[id].peerSocket = sid
        network.sockets[id].enter(.established, at: time + 2 * lat)
        network.sockets[id].listener = l
        // A blocking caller's ACK goes out when its wait for the SYN-ACK ends (`acknowledge`).
        if !blocking { acknowledge(id) }
        return .started
    }

    /// The client's ACK reaches the server: the connection joins the listener's accept queue.
    func acknowledge(_ id: Int) {
        guard let l = network.sockets[id].listener, let sid = network.sockets[id].peerSocket else { return }
        network.sockets[id].listener = nil
        guard network.sockets[l].state == .listen else {
            reset(id, at: network.sockets[id].history.last?.time ?? 0)
            return
        }
        network.sockets[l].acceptQueue.append(sid)
        notify(.socket(l))
    }

    /// `accept`: the next completed connection (nil when the queue is empty).
    func accept(_ id: Int) -> Int? {
        guard !network.sockets[id].acceptQueue.isEmpty else { return nil }
        let c = network.sockets[id].acceptQueue.removeFirst()
        network.sockets[c].refs = 1
        // A connect waiting for room in the queue tries again.
        notify(.socket(id))
        return c
    }

    // MARK: - Data

    /// Outcome of a read or write that may have to wait.
    enum Transfer: Equatable {
        case done([UInt8])
        case sent(Int)
        case wouldBlock
        case failed(Int)
    }

    /// `send` on a stream socket: as much as fits in the peer's receive buffer and this side's
    /// send buffer (a blocking caller sends the rest when room is made).
    func send(_ id: Int, _ data: [UInt8], at time: Int) -> Transfer {
        if let e = takeError(id) { return .failed(e) }
        let s = network.sockets[id]
        guard let p = s.peerSocket else { return .failed(NetErrno.brokenPipe) }
        if s.writeEnded || s.state == .closed { return .failed(NetErrno.brokenPipe) }
        if network.sockets[p].refs == 0 && network.sockets[p].state != .synReceived && network.sockets[p].state != .established {
            // The peer is gone: its kernel answers the data with RST (Linux's tcp_reset: EPIPE in
            // CLOSE_WAIT, ECONNRESET otherwise); this send itself succeeds.
            reset(id, at: time)
            return .sent(data.count)
        }
        let room = s.sendBuffer + network.sockets[p].receiveBuffer - network.sockets[p].received.count
        guard room > 0 else { return .wouldBlock }
        let n = min(room, data.count)
        network.sockets[p].received.append(contentsOf: data.prefix(n))
        notify(.socket(p))
        return .sent(n)
    }

    /// `recv` on a stream socket: up to `size` bytes, b'' at end of stream.
    func receive(_ id: Int, _ size: Int) -> Transfer {
        if let e = takeError(id) { return .failed(e) }
        let s = network.sockets[id]
        if !s.received.isEmpty {
            let n = min(size, s.received.count)
            let data = Array(s.received.prefix(n))
            network.sockets[id].received.removeFirst(n)
            if let p = s.peerSocket { notify(.socket(p)) }
            return .done(data)
        }
        if s.readEnded || (s.state == .closed && !s.history.isEmpty) { return .done([]) }
        if s.peerSocket == nil { return .failed(NetErrno.notConnected) }
        return .wouldBlock
    }

    private func takeError(_ id: Int) -> Int? {
        defer { network.sockets[id].pendingError = nil }
        return network.sockets[id].pendingError
    }

    /// RST reached socket `id`: the connection is gone (Linux's tcp_reset).
    private func reset(_ id: Int, at time: Int) {
        let s = network.sockets[id]
        network.sockets[id].pendingError = s.state == .closeWait ? NetErrno.brokenPipe : NetErrno.connectionReset
        network.sockets[id].readEnded = true
        network.sockets[id].writeEnded = true
        network.sockets[id].received = []
        network.sockets[id].enter(.closed, at: time + Network.latency)
        notify(.socket(id))
    }

    /// `sendto` on a UDP socket: delivered whole to the socket bound there, or dropped (no
    /// listener, or its buffer full), as UDP does.
    func sendDatagram(_ id: Int, _ data: [UInt8], to address: NetAddress, at time: Int) -> Int {
        guard Network.isLocal(address.host) else { return NetErrno.networkUnreachable }
        if network.sockets[id].local == nil { _ = bind(id, to: .any, at: time) }
        // The source address: the bound one, else the destination's own (local) address.
        let bound = network.sockets[id].local!.host
        let from = NetAddress(host: bound != "0.0.0.0" ? bound : (address.host == "0.0.0.0" ? "127.0.0.1" : address.host),
                              port: network.sockets[id].local!.port)
        let target = network.sockets.indices.first { i in
            let s = network.sockets[i]
            return s.kind == .datagram && s.family == .inet && s.refs > 0 && s.local != nil && s.local!.port == address.port
                && (s.local!.host == "0.0.0.0" || s.local!.host == address.host || address.host == "0.0.0.0")
        }
        if let t = target, network.sockets[t].datagrams.reduce(0, { $0 + $1.data.count }) + data.count <= network.sockets[t].receiveBuffer {
            network.sockets[t].datagrams.append((data, from))
            notify(.socket(t))
        }
        return 0
    }

    /// `recvfrom` on a UDP socket: the next datagram cut to `size` (the rest is lost).
    func receiveDatagram(_ id: Int, _ size: Int) -> (data: [UInt8], from: NetAddress)? {
        guard !network.sockets[id].datagrams.isEmpty else { return nil }
        let d = network.sockets[id].datagrams.removeFirst()
        return (Array(d.data.prefix(size)), d.from)
    }

    // MARK: - Closing

    /// `shutdown(how)`: SHUT_RD (0) ends reading here, SHUT_WR (1) sends FIN, SHUT_RDWR (2) both.
    func shutdown(_ id: Int, how: Int, at time: Int) -> Int {
        guard network.sockets[id].peerSocket != nil || network.sockets[id].kind == .datagram else { return NetErrno.notConnected }
        if how == 0 || how == 2 {
            network.sockets[id].readEnded = true
            notify(.socket(id))
        }
        if how == 1 || how == 2 { sendFIN(id, at: time) }
        return 0
    }

    /// This side has no more to send: FIN to the peer and the close's first steps.
    private func sendFIN(_ id: Int, at time: Int) {
        guard !network.sockets[id].writeEnded, let p = network.sockets[id].peerSocket else { return }
        network.sockets[id].writeEnded = true
        let lat = Network.latency
        if network.sockets[id].state == .closeWait {
            // The second side to close: LAST_ACK until the peer's ACK; the peer waits in TIME_WAIT.
            network.sockets[id].enter(.lastAck, at: time)
            network.sockets[id].enter(.closed, at: time + 2 * lat)
            if network.sockets[p].state == .finWait2 || network.sockets[p].state == .finWait1 {
                network.sockets[p].enter(.timeWait, at: time + lat)
                network.sockets[p].timeWaitUntil = time + lat + Network.timeWait
            }
        } else if network.sockets[id].state == .established {
            network.sockets[id].enter(.finWait1, at: time)
            network.sockets[id].enter(.finWait2, at: time + 2 * lat)
            if network.sockets[p].state == .established || network.sockets[p].state == .synReceived {
                network.sockets[p].enter(.closeWait, at: time + lat)
            }
        }
        network.sockets[p].readEnded = true
        notify(.socket(p))
    }

    /// The last descriptor on socket `id` closed: a listener drops its queue (those clients see
    /// RST), a connection with unread data sends RST, any other sends FIN.
    func closeSocket(_ id: Int, at time: Int) {
        let s = network.sockets[id]
        switch s.state {
        case .listen:
            for c in s.acceptQueue {
                if let client = network.sockets[c].peerSocket { reset(client, at: time) }
                network.sockets[c].enter(.closed, at: time)
            }
            network.sockets[id].acceptQueue = []
            network.sockets[id].enter(.closed, at: time)
        case .established, .closeWait, .synReceived:
            if !s.received.isEmpty, let p = s.peerSocket {
                reset(p, at: time)
                network.sockets[id].received = []
                network.sockets[id].enter(.closed, at: time)
            } else {
                sendFIN(id, at: time)
            }
        default:
            if s.state != .closed && s.state != .timeWait && s.state != .finWait2 && s.state != .finWait1 {
                network.sockets[id].enter(.closed, at: time)
            }
        }
        network.sockets[id].datagrams = []
        notify(.socket(id))
    }

    // MARK: - Readiness (select, poll, epoll)

    /// Whether a read would return at once (data, end of stream, an error, a connection to
    /// accept).
    func socketReadable(_ id: Int) -> Bool {
        let s = network.sockets[id]
        if s.pendingError != nil || !s.received.isEmpty || !s.datagrams.isEmpty || !s.acceptQueue.isEmpty { return true }
        if s.kind == .datagram || s.state == .listen { return false }
        return s.readEnded || (s.state == .closed && !s.history.isEmpty)
    }

    /// Whether a write would not block (room in the buffers, or an error to report).
    func socketWritable(_ id: Int) -> Bool {
        let s = network.sockets[id]
        if s.kind == .datagram || s.pendingError != nil || s.writeEnded { return true }
        guard let p = s.peerSocket else { return s.state == .closed && !s.history.isEmpty }
        return s.sendBuffer + network.sockets[p].receiveBuffer - network.sockets[p].received.count > 0
    }

    /// The peer hung up (POLLHUP: both directions ended).
    func socketHungUp(_ id: Int) -> Bool {
        let s = network.sockets[id]
        return s.readEnded && s.writeEnded
    }
}
