/// What a watched run records about the simulated kernel: each process's descriptor table, for
/// the run view's kernel pane.

/// One open descriptor of a process and what it refers to.
public struct KernelDescriptor: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case pipeRead, pipeWrite
        /// A TCP socket (a listening one has the `LISTEN` state and an accept queue).
        case tcp
        case udp
        case epoll
    }

    public var fd: Int
    public var kind: Kind
    /// TCP's state as Linux names it (`LISTEN`, `ESTABLISHED`, `TIME_WAIT`, ...); nil otherwise.
    public var tcpState: String?
    /// `127.0.0.1:8000`, when bound or connected.
    public var local: String?
    public var remote: String?
    /// Bytes waiting to be read: a socket's receive buffer, a pipe's buffer.
    public var buffered: Int
    /// A listening socket's completed connections waiting for `accept`.
    public var acceptQueue: Int
    /// Threads blocked until it changes (a `recv`, `accept`, `select` on it), in order.
    public var waiters: [ThreadID]

    public init(fd: Int, kind: Kind, tcpState: String? = nil, local: String? = nil, remote: String? = nil,
                buffered: Int = 0, acceptQueue: Int = 0, waiters: [ThreadID] = []) {
        self.waiters = waiters
        self.fd = fd
        self.kind = kind
        self.tcpState = tcpState
        self.local = local
        self.remote = remote
        self.buffered = buffered
        self.acceptQueue = acceptQueue
    }
}

/// A process's descriptor table (fds from 3 up; 0-2 are the standard streams, not listed).
public struct DescriptorTable: Hashable, Sendable {
    public var pid: Int
    public var descriptors: [KernelDescriptor]
    public init(pid: Int, descriptors: [KernelDescriptor]) {
        self.pid = pid
        self.descriptors = descriptors
    }
}

struct KernelRecord: Hashable, Sendable {
    var change: Int
    var tables: [DescriptorTable]
}

extension Trace {
    /// Records the descriptor tables as of the latest change (no change of its own); the same
    /// tables twice record nothing, and nothing is recorded before a descriptor is first opened.
    public mutating func recordKernel(_ tables: [DescriptorTable]) {
        guard recordsDetail, changeCount > 0 else { return }
        if let last = kernelRecords.last {
            if last.tables == tables { return }
            if last.change == changeCount - 1 { kernelRecords.removeLast() }
        } else if tables.allSatisfy({ $0.descriptors.isEmpty }) {
            return
        }
        kernelRecords.append(KernelRecord(change: changeCount - 1, tables: tables))
    }

    /// Whether the program has used the kernel (pipes, sockets, epoll): the kernel pane shows then.
    public var usesKernel: Bool { !kernelRecords.isEmpty }

    /// The descriptor tables right after `change` (nil before the first descriptor was opened).
    public func descriptorTables(atChange change: Int) -> [DescriptorTable]? {
        let position = Self.upperBound(kernelRecords.count) { kernelRecords[$0].change <= change }
        return position == 0 ? nil : kernelRecords[position - 1].tables
    }
}
