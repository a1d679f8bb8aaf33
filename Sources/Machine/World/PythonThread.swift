import Trace

/// One Python thread of the process: its execution context while it is not the one swapped
/// into `Interp`, and what the scheduler knows about it.
struct PythonThread {
    enum Status: Equatable {
        /// Created by `start()`, never run yet (it is ready: waiting for the GIL or a core).
        case new
        /// Ready to run, waiting for the GIL (or, free-threaded, a core).
        case ready
        /// Holding the GIL (or a core) and executing bytecode.
        case running
        /// In a blocking call; `block` says on what.
        case blocked
        case finished
    }

    let id: Int
    var name: String
    var daemon: Bool
    /// `threading.get_ident()` value.
    let ident: Int
    var status: Status = .new
    // The context swapped in and out of `Interp`.
    var frames = FrameStack()
    var handled: Value = .none
    var nestedDepth = 0
    var nativeDepth = 0
    /// The thread's own virtual time (free-threaded runs; with a GIL all threads share one clock).
    var clock = 0
    /// What the thread is blocked on.
    var block: Block?
    /// When a timed wait (sleep, acquire/wait/join with a timeout) gives up.
    var deadline: Int?
    /// The timeout of the blocking call in progress (kept when it blocks again after a lost race).
    var blockDeadline: Int?
    /// It has run at least once (`start()` returned).
    var hasStarted = false
    /// The blocking call must finish (or retry) when the thread next gets the GIL.
    var woken = false
    var timedOut = false
    /// The `threading.Thread` object (kept alive while the thread exists).
    var object: Value = .none
    /// The thread blocked in `start()` until this one runs.
    var starter: Int?
    /// When it got the GIL or its core (preemption of free-threaded runs).
    var sliceStart = 0
    /// The core it runs on (trace).
    var core = 0

    /// Its id in the trace (unique across the run's processes).
    let tid: ThreadID
    /// A greenlet's OS thread (nil: the thread is an OS thread, and its own main greenlet).
    var host: Int?
    /// Its `greenlet.greenlet` object (an OS thread's is made by `getcurrent()`).
    var greenlet: Value = .none
    /// What a switch to this suspended greenlet delivers: the value, or an exception to raise.
    var transfer: Value = .none
    var transferError: Value?

    init(id: Int, name: String, daemon: Bool, ident: Int, tid: ThreadID) {
        self.id = id
        self.tid = tid
        self.name = name
        self.daemon = daemon
        self.ident = ident
    }
}

/// What a blocked thread waits for.
enum Block: Equatable {
    /// `acquire` of a Lock, RLock or Semaphore (retried when woken).
    case acquire(Int)
    case event(Int)
    /// `Condition.wait`: waiting to be notified; `saved` is the released RLock depth.
    case condition(Int, lock: Int, saved: Int)
    /// After a notify or a timeout: taking the condition's lock back, then returning `result`.
    case reacquire(lock: Int, saved: Int, result: Bool, condition: Int)
    case join(Int)
    case sleep
    /// `Thread.start()` waits until the new thread has run (CPython `self._started.wait()`).
    case started(Int)
    /// The main thread at exit waits for the non-daemon threads (`threading._shutdown`).
    case shutdown
    /// `os.fork()` in the parent, for the fork's cost; `child` is the new pid once made.
    case fork(child: Int)
    /// A forked child's only thread before it runs: its `fork()` returns 0.
    case forked
    /// `os.waitpid` for a child (`pid` -1: any), shown as waiting on `primitive`.
    case child(pid: Int, primitive: Int)
    /// `os.read` on an empty pipe with a writer left (retried when woken).
    case pipeRead(fd: Int, size: Int, primitive: Int)
    /// Acquiring a process-shared semaphore or lock (retried when woken).
    case semaphore(Int, primitive: Int)
    /// `select`, `poll`, `epoll` and a socket call that would block: waiting on the sockets
    /// and pipes registered with the kernel, shown on `primitive` ("wait for data").
    case socketWait(primitive: Int)
    /// A fixed stretch in the kernel (a handshake's round trip, the copy to user space),
    /// shown on `primitive`; the call then returns `result`.
    case kernelStep(primitive: Int, result: Int)
    /// A greenlet suspended in `switch` (to `to`) until something switches back to it.
    case greenlet(to: Int)
}
