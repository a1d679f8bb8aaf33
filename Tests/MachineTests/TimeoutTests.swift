import XCTest
@testable import Machine

/// Seconds a program passes to sleeps, timeouts and the switch interval: CPython's errors for
/// values no clock can hold, never a trap, and a virtual clock that never overflows.
final class TimeoutTests: XCTestCase {
    func run(_ source: String, _ options: RunOptions = RunOptions()) -> (out: String, err: String, status: Int32) {
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [], options: options)
        return (String(decoding: r.stdout, as: UTF8.self), String(decoding: r.stderr, as: UTF8.self), r.status)
    }

    func test_sleep_ofInfinity_inWatchedRun_raisesOverflowError() {
        let live = LiveRun(path: "t.py", source: "import time\nprint('start')\ntime.sleep(float('inf'))\n",
                           arguments: [], options: RunOptions())
        var rounds = 0
        while live.ending == nil && rounds < 10_000 {
            live.advance(instructions: 500)
            rounds += 1
        }
        XCTAssertEqual(live.ending?.status, 1)
        XCTAssertEqual(String(decoding: live.result.stdout, as: UTF8.self), "start\n")
        XCTAssertTrue(String(decoding: live.result.stderr, as: UTF8.self)
            .hasSuffix("OverflowError: timestamp out of range for platform time_t\n"))
    }

    func test_sleep_pastTheClocksHorizon_endsWithTheDeadlockReport() {
        let r = run("import time\nprint('start')\ntime.sleep(9e9)\nprint('never')\n")
        XCTAssertEqual(r.out, "start\n")
        XCTAssertEqual(r.status, 3)
        XCTAssertTrue(r.err.contains("MainThread at line 3 waits for the end of a sleep longer than the virtual clock runs"), r.err)
    }

    func test_timedAcquire_pastTheHorizon_waitsWithoutATimer() {
        let r = run("import threading\nl = threading.Lock()\nl.acquire()\nprint(l.acquire(timeout=9e9))\n")
        XCTAssertEqual(r.status, 3)
        XCTAssertTrue(r.err.hasPrefix("deadlock:"), r.err)
    }

    func test_longSleep_movesTheVirtualClock_andTimeStaysReadable() {
        for noGIL in [false, true] {
            let r = run("""
            import threading, time
            def w():
                time.sleep(9e9)
            threading.Thread(target=w, daemon=True).start()
            time.sleep(4e9)
            print(int(time.monotonic()), time.time_ns() > 4 * 10**18, time.time() > 4e9)
            """, RunOptions(noGIL: noGIL))
            XCTAssertEqual(r.out, "4000000000 True True\n", "noGIL \(noGIL)")
            XCTAssertEqual(r.status, 0)
        }
    }

    func test_switchInterval_ofInfinityFromTheCommandLine_isClampedNotWrapped() {
        let source = """
        import sys, threading
        def spin():
            for _ in range(1000):
                pass
        ts = [threading.Thread(target=spin) for _ in range(2)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(sys.getswitchinterval() > 1e12)
        """
        for noGIL in [false, true] {
            for interval in [Double.infinity, 1e300, Double.nan, -1] {
                let r = run(source, RunOptions(switchInterval: interval, noGIL: noGIL))
                XCTAssertEqual(r.status, 0, "\(interval) \(r.err)")
                XCTAssertEqual(r.out, interval > 0 ? "True\n" : (interval.isNaN ? "True\n" : "False\n"), "\(interval)")
            }
        }
    }

    func test_setswitchinterval_ofInfinity_readsBackAsCPythonsZero_andThreadsStillSwitch() {
        let r = run("""
        import sys, threading
        sys.setswitchinterval(float('inf'))
        print(sys.getswitchinterval())
        n = 0
        def work():
            global n
            for _ in range(2000):
                n += 1
        ts = [threading.Thread(target=work) for _ in range(2)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(n)
        """)
        XCTAssertEqual(r.out, "0.0\n4000\n")
    }

    func test_pyTimeNanos_roundsAwayFromZero_andChecksTheRange() {
        var vm = Interp()
        XCTAssertEqual(try vm.pyTimeNanos(fromSeconds: .float(1e-10)), 1)
        XCTAssertEqual(try vm.pyTimeNanos(fromSeconds: .float(-1e-10)), -1)
        XCTAssertEqual(try vm.pyTimeNanos(fromSeconds: .int(9_223_372_036)), 9_223_372_036_000_000_000)
        XCTAssertThrowsError(try vm.pyTimeNanos(fromSeconds: .int(9_223_372_037)))
        XCTAssertThrowsError(try vm.pyTimeNanos(fromSeconds: .float(9.3e9)))
        XCTAssertEqual(World.gilMicros(fromSeconds: .infinity), 0)
        XCTAssertEqual(World.gilMicros(fromSeconds: .nan), 1 << 63)
        XCTAssertEqual(World.gilMicros(fromSeconds: 1.8e13), 18_000_000_000_000_000_000)
        XCTAssertEqual(World.deadline(from: 5, after: World.timeHorizon), nil)
        XCTAssertEqual(World.deadline(from: 5, after: 10), 15)
    }
}
