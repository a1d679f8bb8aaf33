/// Virtual time in nanoseconds since the program started.
public typealias Nanoseconds = Int64

/// A simulated process (its own heap and GIL).
public struct ProcessID: Hashable, Comparable, Sendable {
    public var raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}

/// A simulated thread, unique across all processes of a run.
public struct ThreadID: Hashable, Comparable, Sendable {
    public var raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}

/// A synchronisation primitive (lock, event, queue, ...), unique across the run.
public struct PrimitiveID: Hashable, Comparable, Sendable {
    public var raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}

/// What a thread is doing over an interval of virtual time.
public enum ThreadState: Hashable, Sendable {
    case notStarted
    /// Executing bytecode on a core (holding its process's GIL unless the run is free-threaded).
    case running(core: Int)
    /// Ready to run, waiting for its process's GIL.
    case waitingForGIL
    /// Ready to run and free of the GIL, waiting for a core (free-threaded runs, more threads than cores).
    case waitingForCore
    /// Blocked in a call on a primitive (a lock, an event, a queue, a thread being joined).
    case blocked(on: PrimitiveID)
    /// In `time.sleep`.
    case sleeping
    /// A greenlet (or coroutine) waiting to be switched to: it runs only when another hands over.
    case suspended
    case finished

    /// A short label for legends and trace viewers.
    public var label: String {
        switch self {
        case .notStarted: return "not started"
        case .running: return "running"
        case .waitingForGIL: return "waiting for the GIL"
        case .waitingForCore: return "waiting for a core"
        case .blocked: return "blocked"
        case .sleeping: return "sleeping"
        case .suspended: return "suspended"
        case .finished: return "finished"
        }
    }
}

/// Who a thread is, as the learner knows it.
public struct ThreadInfo: Hashable, Sendable {
    public var id: ThreadID
    public var process: ProcessID
    public var name: String
    public var isDaemon: Bool
    /// For a greenlet (or a task's lane), the OS thread it runs on.
    public var host: ThreadID?
    public init(id: ThreadID, process: ProcessID, name: String, isDaemon: Bool = false, host: ThreadID? = nil) {
        self.id = id
        self.process = process
        self.name = name
        self.isDaemon = isDaemon
        self.host = host
    }
}

/// The kinds of primitive the run view can show.
public enum PrimitiveKind: String, Hashable, Sendable {
    case lock = "Lock"
    case rlock = "RLock"
    case semaphore = "Semaphore"
    case boundedSemaphore = "BoundedSemaphore"
    case event = "Event"
    case condition = "Condition"
    case queue = "Queue"
    case barrier = "Barrier"
    /// Waiting in `join()` on a thread.
    case thread = "Thread"
    case future = "Future"
    /// Waiting in `os.wait`/`waitpid` (or `Process.join`) for a child process.
    case process = "Process"
    /// A pipe between processes (`os.pipe`, a multiprocessing queue or connection).
    case pipe = "Pipe"
}

/// The two phases of a read in the simulated kernel (the Machine's sockets and `select`): a
/// thread blocked on a kernel primitive with one of these labels is in that phase, and the
/// timeline and the trace file name it so.
public enum KernelPhase: Int, Sendable {
    // Glyph categories after the summary's kinds (TextTimeline.glyphs).
    case waitForData = 6, copyToUser = 7

    /// The phase a primitive's label names: any "... wait for data" (a recv, select, poll,
    /// epoll_wait), or "copy to user".
    public init?(label: String) {
        if label.hasSuffix("wait for data") {
            self = .waitForData
        } else if label == "copy to user" {
            self = .copyToUser
        } else {
            return nil
        }
    }
}

/// A primitive as the program named it: `mutexA`, `self.lock`, else `Lock@12` (kind and creation line).
public struct PrimitiveInfo: Hashable, Sendable {
    public var id: PrimitiveID
    public var process: ProcessID
    public var kind: PrimitiveKind
    public var label: String
    public var line: Int
    public init(id: PrimitiveID, process: ProcessID, kind: PrimitiveKind, label: String, line: Int) {
        self.id = id
        self.process = process
        self.kind = kind
        self.label = label
        self.line = line
    }
}

/// Why the GIL changed hands (CPython 3.11, Python/ceval_gil.h).
public enum GILReason: String, Hashable, Sendable {
    /// A thread took a free GIL.
    case acquired = "acquired"
    /// The holder dropped it at an eval-breaker point after a waiter's drop request (switch interval expired).
    case intervalExpired = "switch interval expired"
    /// The holder entered a blocking call (sleep, lock, I/O).
    case blockingCall = "blocking call"
    /// The holder's thread ended.
    case threadFinished = "thread finished"
}

/// One operation on a primitive, with the primitive's state right after it.
public enum PrimitiveOperation: String, Hashable, Sendable {
    case acquire, release, waitBegin = "wait", waitEnd = "woken", timeout, notify, notifyAll = "notify_all"
    case set, clear, put, get, changed
}

/// The state of a primitive at an instant: owner, a value (RLock depth, semaphore value,
/// event flag 0/1, queue size) and the threads waiting on it, in order.
public struct PrimitiveSnapshot: Hashable, Sendable {
    public var owner: ThreadID?
    public var value: Int
    public var waiters: [ThreadID]
    public init(owner: ThreadID? = nil, value: Int = 0, waiters: [ThreadID] = []) {
        self.owner = owner
        self.value = value
        self.waiters = waiters
    }
}

/// Which stream a program wrote to.
public enum OutputStream: String, Hashable, Sendable { case stdout, stderr }

/// A write to stdout or stderr at an instant.
public struct OutputChunk: Hashable, Sendable {
    public var time: Nanoseconds
    public var thread: ThreadID
    public var stream: OutputStream
    public var text: String
}
