import Foundation

/// Work that runs on its own thread while the run view stays live (`f`, "show me"): it
/// reports a fraction done, the UI polls it each frame, and Esc asks it to stop.
final class BackgroundJob<Output> {
    private let lock = NSLock()
    private var fraction = 0.0
    private var detail = ""
    private var output: Output??
    private var stopRequested = false

    /// Starts `work` at once; it reports through the job and should return soon after `isStopped`.
    init(_ work: @escaping (BackgroundJob<Output>) -> Output?) {
        let thread = Thread { [self] in
            let result = work(self)
            lock.lock()
            output = .some(result)
            lock.unlock()
        }
        // The engine's carriers need deep stacks for Python's recursion, as the main thread has.
        thread.stackSize = 64 << 20
        thread.start()
    }

    func report(fraction: Double, detail: String) {
        lock.lock()
        self.fraction = min(max(fraction, 0), 1)
        self.detail = detail
        lock.unlock()
    }

    func stop() {
        lock.lock()
        stopRequested = true
        lock.unlock()
    }

    var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    /// Progress so far: a fraction and a short text (runs, seconds).
    var progress: (fraction: Double, detail: String) {
        lock.lock()
        defer { lock.unlock() }
        return (fraction, detail)
    }

    /// nil while running; then the work's result (itself nil when it found nothing or stopped).
    var result: Output?? {
        lock.lock()
        defer { lock.unlock() }
        return output
    }

    /// Waits (polling, with a deadline) until the work is done: for tests and the CLI.
    func wait(timeout: Double) -> Output?? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let result { return result }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return result
    }
}
