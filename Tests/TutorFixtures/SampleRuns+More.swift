import Trace

/// The larger samples: fifty threads, a semaphore with a queue, a closure, two generators.
extension SampleRuns {
    // MARK: - Many threads

    static let manySource = """
    import threading, time

    def worker(n):
        time.sleep(n / 1000)
        total = sum(range(1000))

    threads = [threading.Thread(target=worker, args=(i % 5,)) for i in range(50)]
    for t in threads: t.start()
    for t in threads: t.join()
    print("all done")

    """

    /// `count` workers take the GIL in turn, sleep a few milliseconds, wake, queue for the GIL
    /// and finish; the main thread joins them. Events are generated then applied in time order.
    public static func manyThreads(_ count: Int) -> Sample {
        var r = Recorder()
        r.thread(1, "MainThread", line: 1)
        r.run(1, line: 1, reason: .acquired)
        r.step(1, 7, [frame("<module>", 7)])
        for k in 0..<count { r.thread(Int32(k + 2), "Thread-\(k + 1) (worker)", line: 3) }
        r.step(1, 8, [frame("<module>", 8)])
        for k in 0..<count { r.state(Int32(k + 2), .waitingForGIL, line: 4) }
        r.step(1, 9, [frame("<module>", 9)])
        r.primitive(100, .thread, "Thread-1 (worker)", line: 7)
        r.op(.waitBegin, 100, by: 1, owner: nil, value: 0)
        r.state(1, .blocked(on: PrimitiveID(100)), line: 9)

        var events: [(time: Nanoseconds, order: Int, apply: (inout Recorder) -> Void)] = []
        func at(_ time: Nanoseconds, _ apply: @escaping (inout Recorder) -> Void) { events.append((time, events.count, apply)) }
        let origin = r.now
        let slot: Nanoseconds = 100_000
        var wakes: [(time: Nanoseconds, thread: Int32)] = []
        for k in 0..<count {
            let id = Int32(k + 2)
            let start = origin + Nanoseconds(k) * slot
            at(start) { r in
                r.run(id, line: 4, reason: .blockingCall)
                r.trace.recordStep(ThreadID(id), line: 4, frames: [frame("worker", 4, [("n", "\(k % 5)")])], at: r.now)
            }
            at(start + slot) { r in r.state(id, .sleeping, line: 4) }
            let wake = start + slot + Nanoseconds(k % 5 + 1) * 1_000_000
            wakes.append((wake, id))
            at(wake) { r in r.state(id, .waitingForGIL, line: 5) }
        }
        var free = origin + Nanoseconds(count) * slot
        at(free) { r in r.gil(nil, .blockingCall) }
        for (wake, id) in wakes.sorted(by: { ($0.time, $0.thread) < ($1.time, $1.thread) }) {
            let start = max(free, wake)
            at(start) { r in
                r.run(id, line: 5, reason: .acquired)
                r.trace.recordStep(ThreadID(id), line: 5, frames: [frame("worker", 5, [("n", "\((Int(id) - 2) % 5)")])], at: r.now)
            }
            free = start + 200_000
            at(free) { r in
                r.state(id, .finished, line: 5)
                r.gil(nil, .threadFinished)
            }
        }
        for event in events.sorted(by: { ($0.time, $0.order) < ($1.time, $1.order) }) {
            r.now = event.time
            event.apply(&r)
        }
        r.op(.waitEnd, 100, by: 1, owner: nil, value: 0)
        r.run(1, line: 10, reason: .acquired)
        r.step(1, 10, [frame("<module>", 10)])
        r.print(1, "all done\n")
        r.wait(1_000)
        r.state(1, .finished, line: 10)
        r.gil(nil, .threadFinished)
        return Sample(name: "many", path: "examples/many_threads.py", source: manySource, trace: r.trace, ending: RunEnding(status: 0))
    }

    // MARK: - Semaphore and queue

    static let semaphoreQueueSource = """
    import threading, queue

    slots = threading.Semaphore(2)
    jobs = queue.Queue()

    def producer():
        for i in range(3):
            jobs.put(i)

    def consumer():
        with slots:
            item = jobs.get()
            print("got", item)

    workers = [threading.Thread(target=consumer) for _ in range(3)]
    for w in workers: w.start()
    producer()
    for w in workers: w.join()

    """

    /// Two consumers pass the semaphore and wait on the empty queue; the third waits on the
    /// semaphore; the producer's puts wake them in order.
    public static func semaphoreAndQueue() -> Sample {
        var r = Recorder()
        let (main, slots, jobs): (Int32, Int32, Int32) = (1, 1, 2)
        r.thread(main, "MainThread", line: 1)
        r.run(main, line: 1, reason: .acquired)
        r.step(main, 1)
        r.step(main, 3)
        r.primitive(slots, .semaphore, "slots", line: 3, value: 2)
        r.step(main, 4)
        r.primitive(jobs, .queue, "jobs", line: 4)
        r.step(main, 15)
        for k in 0..<3 { r.thread(Int32(k + 2), "Thread-\(k + 1) (consumer)", line: 10) }
        r.step(main, 16)
        for k in 0..<3 { r.state(Int32(k + 2), .waitingForGIL, line: 11) }
        r.wait(5_000_000)
        r.state(main, .waitingForGIL, line: 17)
        // Consumers 1 and 2 pass the semaphore and block on the empty queue.
        for (k, value) in [(2, 1), (3, 0)] as [(Int32, Int)] {
            r.run(k, line: 11, reason: k == 2 ? .intervalExpired : .blockingCall)
            r.step(k, 11, [frame("consumer", 11)])
            r.op(.acquire, slots, by: k, owner: nil, value: value)
            r.step(k, 12, [frame("consumer", 12)])
            r.op(.waitBegin, jobs, by: k, owner: nil, value: 0)
            r.state(k, .blocked(on: PrimitiveID(jobs)), line: 12)
        }
        // Consumer 3 finds the semaphore at zero.
        r.run(4, line: 11, reason: .blockingCall)
        r.step(4, 11, [frame("consumer", 11)])
        r.op(.waitBegin, slots, by: 4, owner: nil, value: 0)
        r.state(4, .blocked(on: PrimitiveID(slots)), line: 11)
        r.run(main, line: 17, reason: .blockingCall)
        r.step(main, 17, [frame("<module>", 17)])
        r.step(main, 7, [frame("<module>", 17), frame("producer", 7)])
        for (i, woken) in [(0, Int32(2)), (1, Int32(3)), (2, nil)] as [(Int, Int32?)] {
            r.step(main, 8, [frame("<module>", 17), frame("producer", 8, [("i", "\(i)")])])
            if let woken {
                r.op(.put, jobs, by: main, owner: nil, value: 1)
                r.op(.waitEnd, jobs, by: woken, owner: nil, value: 0)
                r.state(woken, .waitingForGIL, line: 12)
            } else {
                r.op(.put, jobs, by: main, owner: nil, value: 1)
            }
        }
        r.step(main, 18, [frame("<module>", 18)])
        r.primitive(10, .thread, "Thread-1 (consumer)", line: 15)
        r.op(.waitBegin, 10, by: main, owner: nil, value: 0)
        r.state(main, .blocked(on: PrimitiveID(10)), line: 18)
        // Each consumer prints and releases; the first release lets consumer 3 in.
        for (k, item) in [(2, 0), (3, 1)] as [(Int32, Int)] {
            r.run(k, line: 13, reason: .blockingCall)
            r.step(k, 13, [frame("consumer", 13, [("item", "\(item)")])])
            r.print(k, "got \(item)\n")
            if k == 2 {
                r.op(.release, slots, by: k, owner: nil, value: 1)
                r.op(.waitEnd, slots, by: 4, owner: nil, value: 1)
                r.op(.acquire, slots, by: 4, owner: nil, value: 0)
                r.state(4, .waitingForGIL, line: 11)
            } else {
                r.op(.release, slots, by: k, owner: nil, value: 1)
            }
            r.wait(1_000)
            r.state(k, .finished, line: 13)
            r.gil(nil, .threadFinished)
        }
        r.run(4, line: 12, reason: .acquired)
        r.step(4, 12, [frame("consumer", 12)])
        r.op(.get, jobs, by: 4, owner: nil, value: 0)
        r.step(4, 13, [frame("consumer", 13, [("item", "2")])])
        r.print(4, "got 2\n")
        r.op(.release, slots, by: 4, owner: nil, value: 2)
        r.wait(1_000)
        r.state(4, .finished, line: 13)
        r.op(.waitEnd, 10, by: main, owner: nil, value: 0)
        r.run(main, line: 18, reason: .threadFinished)
        r.step(main, 18, [frame("<module>", 18)])
        r.state(main, .finished, line: 18)
        r.gil(nil, .threadFinished)
        return Sample(name: "semaphore-queue", path: "examples/slots_and_jobs.py", source: semaphoreQueueSource, trace: r.trace,
                      ending: RunEnding(status: 0))
    }

    // MARK: - Closure counter

    static let closureSource = """
    def make_counter():
        count = 0
        def inc():
            nonlocal count
            count += 1
            return count
        return inc

    counter = make_counter()
    print(counter())
    print(counter())

    """

    /// One thread; `count` lives in a cell made by `make_counter` and shared with `inc`.
    public static func closureCounter() -> Sample {
        var r = Recorder()
        let incRepr = "<function make_counter.<locals>.inc>"
        func cell(_ value: String) -> CellSnapshot {
            CellSnapshot(name: "count", repr: value, owner: "make_counter", sharedWith: ["inc"], cellID: 1)
        }
        r.thread(1, "MainThread", line: 1)
        r.run(1, line: 1, reason: .acquired)
        r.step(1, 1, [frame("<module>", 1)])
        r.step(1, 9, [frame("<module>", 9, [("make_counter", "<function make_counter>")])])
        let module9 = frame("<module>", 9, [("make_counter", "<function make_counter>")])
        r.step(1, 2, [module9, frame("make_counter", 2, cells: [cell("<empty>")])])
        r.step(1, 3, [module9, frame("make_counter", 3, cells: [cell("0")])])
        r.step(1, 7, [module9, frame("make_counter", 7, [("inc", incRepr)], cells: [cell("0")])])
        var module = frame("<module>", 10, [("make_counter", "<function make_counter>"), ("counter", incRepr)])
        r.step(1, 10, [module])
        for (value, line) in [(1, 10), (2, 11)] {
            module.line = line
            r.step(1, line, [module])
            r.step(1, 5, [module, frame("counter", 5, cells: [cell("\(value - 1)")])])
            r.step(1, 6, [module, frame("counter", 6, cells: [cell("\(value)")])])
            r.print(1, "\(value)\n")
        }
        r.wait(1_000)
        r.state(1, .finished, line: 11)
        r.gil(nil, .threadFinished)
        return Sample(name: "closure", path: "examples/counter.py", source: closureSource, trace: r.trace, ending: RunEnding(status: 0))
    }

    // MARK: - Generators

    static let generatorSource = """
    def produce(n):
        for i in range(n):
            print("made", i)
            yield i

    def consume(items):
        total = 0
        for item in items:
            total += item
            print("used", item)
        return total

    print(consume(produce(3)))

    """

    /// `consume` pulls from `produce`; while `consume` works, `produce` is suspended at its `yield`.
    public static func generatorPair() -> Sample {
        var r = Recorder()
        let gen = "<generator object produce>"
        let module = frame("<module>", 13)
        r.thread(1, "MainThread", line: 1)
        r.run(1, line: 1, reason: .acquired)
        r.step(1, 1, [frame("<module>", 1)])
        r.step(1, 6, [frame("<module>", 6)])
        r.step(1, 13, [module])
        r.step(1, 7, [module, frame("consume", 7, [("items", gen)])])
        r.step(1, 8, [module, frame("consume", 8, [("items", gen), ("total", "0")])])
        var total = 0
        for i in 0..<3 {
            let consumeAt = { (line: Int) in frame("consume", line, [("items", gen), ("total", "\(total)"), ("item", "\(i)")]) }
            let before = i == 0 ? [("items", gen), ("total", "0")] : [("items", gen), ("total", "\(total)"), ("item", "\(i - 1)")]
            r.step(1, 2, [module, frame("consume", 8, before), frame("produce", 2, [("n", "3"), ("i", i == 0 ? "<unbound>" : "\(i - 1)")])])
            r.step(1, 3, [module, frame("consume", 8, before), frame("produce", 3, [("n", "3"), ("i", "\(i)")])])
            r.print(1, "made \(i)\n")
            r.step(1, 4, [module, frame("consume", 8, before), frame("produce", 4, [("n", "3"), ("i", "\(i)")])])
            let paused = frame("produce", 4, [("n", "3"), ("i", "\(i)")], suspended: true)
            r.step(1, 9, [module, consumeAt(9), paused])
            total += i
            r.step(1, 10, [module, consumeAt(10), paused])
            r.print(1, "used \(i)\n")
        }
        r.step(1, 11, [module, frame("consume", 11, [("items", gen), ("total", "\(total)"), ("item", "2")])])
        r.print(1, "\(total)\n")
        r.wait(1_000)
        r.state(1, .finished, line: 13)
        r.gil(nil, .threadFinished)
        return Sample(name: "generators", path: "examples/pipeline.py", source: generatorSource, trace: r.trace, ending: RunEnding(status: 0))
    }

    // MARK: - A long run (benchmark only)

    /// `threads` CPU-bound threads passing the GIL every 5 ms, `switches` times: a trace far
    /// longer than the timeline is wide, for timing frames of long runs.
    public static func longRun(threads: Int, switches: Int) -> Sample {
        var r = Recorder()
        r.thread(1, "MainThread", line: 1)
        r.run(1, line: 1, reason: .acquired)
        for k in 0..<threads { r.thread(Int32(k + 2), "Thread-\(k + 1) (spin)", line: 3) }
        for k in 0..<threads { r.state(Int32(k + 2), .waitingForGIL, line: 4) }
        r.state(1, .blocked(on: PrimitiveID(100)), line: 8)
        for s in 0..<switches {
            let id = Int32(s % threads + 2)
            r.run(id, line: 4, reason: .intervalExpired)
            r.step(id, 4 + s % 2)
            r.wait(5_000_000)
            r.state(id, .waitingForGIL, line: 4)
        }
        r.state(1, .finished, line: 9)
        return Sample(name: "long", path: "examples/spin.py", source: "import threading\n\ndef spin():\n    while True:\n        pass\n",
                      trace: r.trace, ending: RunEnding(status: 0))
    }
}
