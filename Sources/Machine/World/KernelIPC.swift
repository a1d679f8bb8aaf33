import Trace

/// What processes share through the kernel: pipes reached by per-process file descriptors
/// (`os.pipe`, `os.read`, `os.write`, `os.close`: multiprocessing's queues and connections
/// are Python over them, as in CPython), semaphores (`_multiprocessing.SemLock`: process
/// locks) and shared memory (`multiprocessing.Value`/`Array`). Nothing here reaches the host.
struct KernelPipe {
    var buffer: [UInt8] = []
    var readers = 0
    var writers = 0
    /// Linux's default pipe capacity, past which a real writer blocks. Writes here never
    /// block (a gap listed in Docs/STDLIB.md): the course's readers drain what they are sent.
    static let capacity = 65_536
}

/// A semaphore shared by processes (`sem_open` in CPython's `_multiprocessing`).
struct KernelSemaphore {
    var value: Int
    let maxValue: Int
    /// An RLock's owner (process slot, thread) and depth; plain locks and semaphores have none.
    let recursive: Bool
    var owner: (slot: Int, thread: Int)?
    var depth = 0
}

/// What a descriptor of a process's table refers to: one end of a pipe, a socket
/// (Network.swift) or an epoll instance. They share the numbering, as on Linux.
enum Descriptor: Equatable {
    case pipe(Int, writes: Bool)
    case socket(Int)
    case epoll
    /// The process's original standard stream 0, 1 or 2, reached through another number
    /// (`os.dup(1)`, or `os.dup2` putting it back).
    case stream(Int)
}

extension Kernel {
    // MARK: - Descriptors

    /// `os.pipe()` in process `pid`: (read end, write end), numbered as Linux hands them out.
    func newPipe(for pid: Int) -> (Int, Int) {
        pipes.append(KernelPipe(readers: 1, writers: 1))
        let id = pipes.count - 1
        return (install(.pipe(id, writes: false), for: pid), install(.pipe(id, writes: true), for: pid))
    }

    /// Puts `object` in process `pid`'s table at the lowest free number (0-2 are the standard
    /// streams), as Linux's `open`, `pipe`, `socket` and `accept` do.
    func install(_ object: Descriptor, for pid: Int) -> Int {
        var fd = 3
        while descriptors[pid]?[fd] != nil { fd += 1 }
        descriptors[pid, default: [:]][fd] = object
        return fd
    }

    func descriptor(_ fd: Int, of pid: Int) -> Descriptor? { descriptors[pid]?[fd] }

    /// The pipe end `fd` names in process `pid` (nil for a socket or a free number).
    func pipeEnd(_ fd: Int, of pid: Int) -> (pipe: Int, writes: Bool)? {
        guard case .pipe(let p, let writes)? = descriptors[pid]?[fd] else { return nil }
        return (p, writes)
    }

    /// `os.close(fd)`: the pipe end's count drops (readers see end-of-file once no writer is
    /// left); a socket closes when its last descriptor does.
    func close(_ fd: Int, of pid: Int) -> Bool {
        guard let d = descriptors[pid]?.removeValue(forKey: fd) else { return false }
        switch d {
        case .pipe(let p, let writes):
            if writes { pipes[p].writers -= 1 } else { pipes[p].readers -= 1 }
            if writes && pipes[p].writers == 0 { notify(.pipe(p)) }
        case .socket(let s):
            network.sockets[s].refs -= 1
            if network.sockets[s].refs == 0 {
                let p = processes[running]
                closeSocket(s, at: p.world.processTime(p.vm))
            }
        case .epoll, .stream: break
        }
        return true
    }

    /// What `fd` refers to in process `pid`: its table's entry, or for 0-2 the standard stream.
    func resolve(_ fd: Int, of pid: Int) -> Descriptor? {
        if let d = descriptors[pid]?[fd] { return d }
        return (0...2).contains(fd) ? .stream(fd) : nil
    }

    /// `os.dup2(fd, fd2)`: `fd2` is closed if open and then refers to what `fd` does (nil:
    /// `fd` is not open). Standard streams put back on their own numbers leave the table.
    func duplicate(_ fd: Int, to fd2: Int, of pid: Int) -> Int? {
        guard let d = resolve(fd, of: pid), fd2 >= 0 else { return nil }
        if fd == fd2 { return fd2 }
        _ = close(fd2, of: pid)
        if d == .stream(fd2) { return fd2 }
        retain(d)
        descriptors[pid, default: [:]][fd2] = d
        return fd2
    }

    /// `os.dup(fd)`: the lowest free number from 3 refers to what `fd` does.
    func duplicate(_ fd: Int, of pid: Int) -> Int? {
        guard let d = resolve(fd, of: pid) else { return nil }
        retain(d)
        return install(d, for: pid)
    }

    /// One more descriptor refers to `d`.
    private func retain(_ d: Descriptor) {
        switch d {
        case .pipe(let p, let writes):
            if writes { pipes[p].writers += 1 } else { pipes[p].readers += 1 }
        case .socket(let s):
            network.sockets[s].refs += 1
        case .epoll, .stream: break
        }
    }

    /// Output of process `pid` to standard stream `fd` after `os.dup2` put something else
    /// there: into a pipe (unbuffered: CPython's buffer would reach it at the next flush), or
    /// to another standard stream. False when `fd` is still the standard stream.
    func writeRedirected(_ bytes: [UInt8], fd: Int, process pid: Int, io: ProgramIO?) -> Bool {
        guard let d = descriptors[pid]?[fd] else { return false }
        switch d {
        case .pipe(let p, true):
            if pipes[p].readers > 0 {
                pipes[p].buffer.append(contentsOf: bytes)
                notify(.pipe(p))
            }
        case .stream(let n) where n == fd: return false
        case .stream(let n) where n == 1 || n == 2:
            if let io { io.write(bytes, fd: n, process: pid) } else if n == 2 { stderr += bytes } else { stdout += bytes }
        case .pipe, .socket, .epoll, .stream: break
        }
        return true
    }

    /// A fork: the child's table is a copy of the parent's, every end counted once more.
    func copyDescriptors(from parent: Int, to child: Int) {
        guard let table = descriptors[parent] else { return }
        descriptors[child] = table
        for d in table.values { retain(d) }
    }

    /// A process exited: the kernel closes what it still had open.
    func closeAll(of pid: Int) {
        for fd in (descriptors[pid]?.keys).map(Array.init) ?? [] { _ = close(fd, of: pid) }
        descriptors[pid] = nil
    }

    // MARK: - Waiting on kernel objects

    /// Something a thread may wait on in the kernel.
    enum WaitObject: Hashable {
        case pipe(Int)
        case semaphore(Int)
        case socket(Int)
    }

    func addWaiter(_ object: WaitObject, slot: Int, thread: Int) {
        kernelWaiters[object, default: []].append(KernelWaiter(slot: slot, thread: thread))
    }

    /// The object changed (data written, a writer gone, a semaphore released): every thread
    /// waiting on it is woken to try again, in its own process at the waker's time.
    func notify(_ object: WaitObject) {
        if case .socket(let s) = object { network.sockets[s].changes &+= 1 }
        guard let waiters = kernelWaiters.removeValue(forKey: object) else { return }
        let waker = processes[running]
        let time = waker.world.processTime(waker.vm)
        for w in waiters {
            let p = processes[w.slot]
            guard p.state.isAlive, p.world.threads[w.thread].status == .blocked, !p.world.threads[w.thread].woken else { continue }
            // A stale entry (the wait timed out, the thread now waits on something else).
            switch (object, p.world.threads[w.thread].block) {
            case (.semaphore(let s), .semaphore(let b, _)?) where s == b: break
            case (.pipe, .pipeRead?): break
            case (.pipe, .socketWait?), (.socket, .socketWait?): break
            default: continue
            }
            if w.slot != running { p.world.advanceClock(to: time, &p.vm) }
            let saved = p.world.eventTime
            p.world.eventTime = max(time, p.vm.process.clockNanos)
            p.world.wake(w.thread, vm: p.vm)
            p.world.eventTime = saved
            if w.slot != running { becameRunnable(w.slot, at: time) }
        }
    }

    /// The process slot of a world.
    func slot(of world: World) -> Int { world.tidBase >> 16 }
}

/// A thread waiting on a kernel object.
struct KernelWaiter {
    let slot: Int
    let thread: Int
}
