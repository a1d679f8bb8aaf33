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

/// One end of a pipe in a process's descriptor table.
struct Descriptor {
    let pipe: Int
    let writes: Bool
}

extension Kernel {
    // MARK: - Descriptors

    /// `os.pipe()` in process `pid`: (read end, write end), numbered as Linux hands them out
    /// (the lowest free number from 3).
    func newPipe(for pid: Int) -> (Int, Int) {
        pipes.append(KernelPipe(readers: 1, writers: 1))
        let id = pipes.count - 1
        let r = lowestFreeDescriptor(pid)
        descriptors[pid, default: [:]][r] = Descriptor(pipe: id, writes: false)
        let w = lowestFreeDescriptor(pid)
        descriptors[pid, default: [:]][w] = Descriptor(pipe: id, writes: true)
        return (r, w)
    }

    private func lowestFreeDescriptor(_ pid: Int) -> Int {
        var fd = 3
        while descriptors[pid]?[fd] != nil { fd += 1 }
        return fd
    }

    func descriptor(_ fd: Int, of pid: Int) -> Descriptor? { descriptors[pid]?[fd] }

    /// `os.close(fd)`: the pipe end's count drops; readers see end-of-file once no writer is left.
    func close(_ fd: Int, of pid: Int) -> Bool {
        guard let d = descriptors[pid]?.removeValue(forKey: fd) else { return false }
        if d.writes { pipes[d.pipe].writers -= 1 } else { pipes[d.pipe].readers -= 1 }
        if d.writes && pipes[d.pipe].writers == 0 { notify(.pipe(d.pipe)) }
        return true
    }

    /// A fork: the child's table is a copy of the parent's, every end counted once more.
    func copyDescriptors(from parent: Int, to child: Int) {
        guard let table = descriptors[parent] else { return }
        descriptors[child] = table
        for d in table.values {
            if d.writes { pipes[d.pipe].writers += 1 } else { pipes[d.pipe].readers += 1 }
        }
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
    }

    func addWaiter(_ object: WaitObject, slot: Int, thread: Int) {
        kernelWaiters[object, default: []].append(KernelWaiter(slot: slot, thread: thread))
    }

    /// The object changed (data written, a writer gone, a semaphore released): every thread
    /// waiting on it is woken to try again, in its own process at the waker's time.
    func notify(_ object: WaitObject) {
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
