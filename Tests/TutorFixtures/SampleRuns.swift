import Trace
import Tutor

/// Hand-built runs of small programs, recorded as the engine records a watched run. They feed
/// the snapshot tests, the recorded demos and the frame benchmark (`run-view-bench`), so none
/// of these needs the engine. Test support: no shipped target links them.
public enum SampleRuns {
    /// A sample: the program's text and its recorded run.
    public struct Sample {
        public var name: String
        public var path: String
        public var source: String
        public var trace: Trace
        public var ending: RunEnding

        /// The sample as a run source the view can play.
        public func makeSource() -> RecordedRunSource {
            RecordedRunSource(path: path, source: source, trace: trace, ending: ending)
        }
    }

    public static let names = ["lock", "deadlock", "many", "semaphore-queue", "closure", "generators"]

    public static func named(_ name: String) -> Sample? {
        switch name {
        case "lock": return twoThreadsAndALock()
        case "deadlock": return deadlock()
        case "many": return manyThreads(50)
        case "semaphore-queue": return semaphoreAndQueue()
        case "closure": return closureCounter()
        case "generators": return generatorPair()
        case "long": return longRun(threads: 50, switches: 50_000)
        default: return nil
        }
    }

    /// Records a run step by step: each line step costs a microsecond of virtual time.
    struct Recorder {
        var trace = Trace()
        var now: Nanoseconds = 0
        let process = ProcessID(1)

        mutating func thread(_ id: Int32, _ name: String, line: Int) {
            trace.addThread(ThreadInfo(id: ThreadID(id), process: process, name: name), at: now, line: line)
        }

        mutating func state(_ id: Int32, _ state: ThreadState, line: Int) {
            trace.setState(ThreadID(id), state, line: line, at: now)
        }

        mutating func gil(_ id: Int32?, _ reason: GILReason) {
            trace.setGILHolder(id.map { ThreadID($0) }, process: process, reason: reason, at: now)
        }

        /// Hands the GIL from whoever runs to `id`, which starts running on core 0.
        mutating func run(_ id: Int32, line: Int, reason: GILReason) {
            gil(id, reason)
            state(id, .running(core: 0), line: line)
        }

        mutating func primitive(_ id: Int32, _ kind: PrimitiveKind, _ label: String, line: Int, value: Int = 0) {
            trace.addPrimitive(PrimitiveInfo(id: PrimitiveID(id), process: process, kind: kind, label: label, line: line),
                               at: now, initial: PrimitiveSnapshot(value: value))
        }

        mutating func op(_ operation: PrimitiveOperation, _ primitive: Int32, by thread: Int32, owner: Int32?, value: Int) {
            trace.recordOperation(operation, on: PrimitiveID(primitive), by: ThreadID(thread), owner: owner.map { ThreadID($0) },
                                  value: value, at: now)
        }

        mutating func step(_ id: Int32, _ line: Int, _ frames: [FrameSnapshot]? = nil) {
            trace.recordStep(ThreadID(id), line: line, frames: frames, at: now)
            now += 1_000
        }

        mutating func print(_ id: Int32, _ text: String, stream: OutputStream = .stdout) {
            trace.recordOutput(text, stream: stream, thread: ThreadID(id), at: now)
        }

        mutating func wait(_ ns: Nanoseconds) { now += ns }
    }

    static func frame(_ function: String, _ line: Int, _ locals: [(String, String)] = [], cells: [CellSnapshot] = [],
                      suspended: Bool = false) -> FrameSnapshot {
        FrameSnapshot(function: function, line: line, kind: suspended ? .suspendedGenerator : .active,
                      locals: locals.map { VariableSnapshot(name: $0.0, repr: $0.1) }, cells: cells)
    }

    // MARK: - Two threads and a lock

    static let lockSource = """
    import threading

    lock = threading.Lock()
    count = 0

    def work():
        global count
        with lock:
            count += 1
        print("done", threading.current_thread().name)

    t1 = threading.Thread(target=work)
    t2 = threading.Thread(target=work)
    t1.start(); t2.start()
    t1.join(); t2.join()
    print("count =", count)

    """

    /// Thread-1 takes the lock; the switch interval hands the GIL to Thread-2, which blocks on it.
    public static func twoThreadsAndALock() -> Sample {
        var r = Recorder()
        let module = { (locals: [(String, String)], line: Int) in [frame("<module>", line, locals)] }
        r.thread(1, "MainThread", line: 1)
        r.run(1, line: 1, reason: .acquired)
        r.step(1, 1, module([], 1))
        r.step(1, 3, module([], 3))
        r.primitive(1, .lock, "lock", line: 3)
        r.step(1, 4, module([("lock", "<unlocked _thread.lock>")], 4))
        r.step(1, 6, module([("count", "0")], 6))
        r.step(1, 12, module([("count", "0")], 12))
        r.thread(2, "Thread-1 (work)", line: 6)
        r.step(1, 13, module([("count", "0"), ("t1", "<Thread(Thread-1 (work), initial)>")], 13))
        r.thread(3, "Thread-2 (work)", line: 6)
        r.step(1, 14, module([("count", "0"), ("t1", "<Thread(Thread-1 (work), initial)>"), ("t2", "<Thread(Thread-2 (work), initial)>")], 14))
        r.state(2, .waitingForGIL, line: 6)
        r.state(3, .waitingForGIL, line: 6)
        r.step(1, 15, module([("count", "0")], 15))
        r.primitive(10, .thread, "Thread-1 (work)", line: 12)
        r.op(.waitBegin, 10, by: 1, owner: nil, value: 0)
        r.state(1, .blocked(on: PrimitiveID(10)), line: 15)
        r.run(2, line: 8, reason: .blockingCall)
        r.step(2, 8, [frame("work", 8)])
        r.op(.acquire, 1, by: 2, owner: 2, value: 1)
        r.step(2, 9, [frame("work", 9)])
        r.wait(5_000_000)
        r.state(2, .waitingForGIL, line: 9)
        r.run(3, line: 8, reason: .intervalExpired)
        r.step(3, 8, [frame("work", 8)])
        r.op(.waitBegin, 1, by: 3, owner: 2, value: 1)
        r.state(3, .blocked(on: PrimitiveID(1)), line: 8)
        r.run(2, line: 9, reason: .blockingCall)
        r.step(2, 9, [frame("work", 9)])
        r.op(.release, 1, by: 2, owner: nil, value: 0)
        r.op(.waitEnd, 1, by: 3, owner: nil, value: 0)
        r.op(.acquire, 1, by: 3, owner: 3, value: 1)
        r.state(3, .waitingForGIL, line: 9)
        r.step(2, 10, [frame("work", 10)])
        r.print(2, "done Thread-1 (work)\n")
        r.wait(2_000)
        r.state(2, .finished, line: 10)
        r.op(.waitEnd, 10, by: 1, owner: nil, value: 0)
        r.state(1, .waitingForGIL, line: 15)
        r.run(3, line: 9, reason: .threadFinished)
        r.step(3, 9, [frame("work", 9)])
        r.op(.release, 1, by: 3, owner: nil, value: 0)
        r.step(3, 10, [frame("work", 10)])
        r.print(3, "done Thread-2 (work)\n")
        r.wait(2_000)
        r.state(3, .finished, line: 10)
        r.run(1, line: 16, reason: .threadFinished)
        r.step(1, 16, module([("count", "2")], 16))
        r.print(1, "count = 2\n")
        r.wait(1_000)
        r.state(1, .finished, line: 16)
        r.gil(nil, .threadFinished)
        return Sample(name: "lock", path: "examples/lock_counter.py", source: lockSource, trace: r.trace, ending: RunEnding(status: 0))
    }

    // MARK: - Deadlock

    static let deadlockSource = """
    import threading

    a = threading.Lock()
    b = threading.Lock()

    def one():
        with a:
            with b:
                pass

    def two():
        with b:
            with a:
                pass

    t1 = threading.Thread(target=one)
    t2 = threading.Thread(target=two)
    t1.start(); t2.start()
    t1.join(); t2.join()

    """

    /// Two threads take two locks in opposite orders and wait for each other forever.
    public static func deadlock() -> Sample {
        var r = Recorder()
        r.thread(1, "MainThread", line: 1)
        r.run(1, line: 1, reason: .acquired)
        for line in [1, 3] { r.step(1, line, [frame("<module>", line)]) }
        r.primitive(1, .lock, "a", line: 3)
        r.step(1, 4, [frame("<module>", 4)])
        r.primitive(2, .lock, "b", line: 4)
        for line in [6, 11, 16] { r.step(1, line, [frame("<module>", line)]) }
        r.thread(2, "Thread-1 (one)", line: 6)
        r.step(1, 17, [frame("<module>", 17)])
        r.thread(3, "Thread-2 (two)", line: 11)
        r.step(1, 18, [frame("<module>", 18)])
        r.state(2, .waitingForGIL, line: 7)
        r.state(3, .waitingForGIL, line: 12)
        r.step(1, 19, [frame("<module>", 19)])
        r.primitive(10, .thread, "Thread-1 (one)", line: 16)
        r.op(.waitBegin, 10, by: 1, owner: nil, value: 0)
        r.state(1, .blocked(on: PrimitiveID(10)), line: 19)
        r.run(2, line: 7, reason: .blockingCall)
        r.step(2, 7, [frame("one", 7)])
        r.op(.acquire, 1, by: 2, owner: 2, value: 1)
        r.wait(5_000_000)
        r.state(2, .waitingForGIL, line: 8)
        r.run(3, line: 12, reason: .intervalExpired)
        r.step(3, 12, [frame("two", 12)])
        r.op(.acquire, 2, by: 3, owner: 3, value: 1)
        r.step(3, 13, [frame("two", 13)])
        r.op(.waitBegin, 1, by: 3, owner: 2, value: 1)
        r.state(3, .blocked(on: PrimitiveID(1)), line: 13)
        r.run(2, line: 8, reason: .blockingCall)
        r.step(2, 8, [frame("one", 8)])
        r.op(.waitBegin, 2, by: 2, owner: 3, value: 1)
        r.state(2, .blocked(on: PrimitiveID(2)), line: 8)
        r.gil(nil, .blockingCall)
        let report = """
        deadlock: every thread is blocked
          Thread-1 (one) holds a, waits for b (line 8)
          Thread-2 (two) holds b, waits for a (line 13)
          MainThread waits in join() for Thread-1 (one) (line 19)
        """
        let ending = RunEnding(status: 3, deadlockReport: report, cycleThreads: [ThreadID(2), ThreadID(3)],
                               cyclePrimitives: [PrimitiveID(1), PrimitiveID(2)])
        return Sample(name: "deadlock", path: "examples/deadlock.py", source: deadlockSource, trace: r.trace, ending: ending)
    }
}
