import XCTest
@testable import Machine

/// The standard-library modules that read the clock or the collector, where the engine cannot
/// match python3 byte for byte: times are the virtual clock's (starting at the engine's epoch,
/// 1_700_000_000 s = 2023-11-14 22:13:20 UTC), and objects die at a collection.
final class StdlibClockTests: XCTestCase {
    private func run(_ source: String) -> (out: String, err: String, status: Int32) {
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [], options: RunOptions())
        return (String(decoding: r.stdout, as: UTF8.self), String(decoding: r.stderr, as: UTF8.self), r.status)
    }

    func test_loggingAsctime_startsAtTheEpoch_andMovesWithSleep() {
        let r = run("""
        import logging, sys, time
        logging.basicConfig(format="%(asctime)s|%(message)s", stream=sys.stdout, level=logging.INFO)
        logging.info("start")
        time.sleep(3600.25)
        logging.info("later")
        """)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.out, "2023-11-14 22:13:20,000|start\n2023-11-14 23:13:20,250|later\n")
    }

    func test_loggingDatefmtAndConverters_formatTheVirtualTime() {
        let r = run("""
        import logging, sys, time
        log = logging.getLogger("t")
        h = logging.StreamHandler(sys.stdout)
        log.addHandler(h)
        h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S %d/%m/%Y %Z"))
        time.sleep(61)
        log.warning("localtime")
        logging.Formatter.converter = time.gmtime
        log.warning("gmtime")
        class Shifted(logging.Formatter):
            def converter(self, t):
                return time.gmtime(t + 7200)
        h.setFormatter(Shifted("%(asctime)s %(message)s"))
        log.warning("method")
        """)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.out, """
        22:14:21 14/11/2023 UTC localtime
        22:14:21 14/11/2023 GMT gmtime
        2023-11-15 00:14:21,000 method

        """)
    }

    func test_datetimeNow_readsTheVirtualClock() {
        let r = run("""
        import time
        from datetime import datetime, date, timezone
        print(datetime.now().replace(microsecond=0), date.today())
        time.sleep(86400 * 2 + 0.5)
        print(datetime.utcnow().replace(microsecond=0), datetime.now(timezone.utc).isoformat(timespec="seconds"))
        print(time.strftime("%c"), time.ctime())
        """)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.out, """
        2023-11-14 22:13:20 2023-11-14
        2023-11-16 22:13:20 2023-11-16T22:13:20+00:00
        Thu Nov 16 22:13:20 2023 Thu Nov 16 22:13:20 2023

        """)
    }

    /// CPython frees at `del` (reference counts); the engine at the next collection.
    func test_weakref_referentDiesAtTheNextCollection_notAtDel() {
        let r = run("""
        import gc, weakref
        class A: pass
        a = A()
        r = weakref.ref(a, lambda wr: print("callback", wr() is None))
        del a
        print("after del", r() is not None)
        gc.collect()
        print("after collect", r())
        """)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.out, "after del True\ncallback True\nafter collect None\n")
    }

    func test_weakref_automaticCollection_clearsReferents_andReusedSlotsStayDead() {
        let r = run("""
        import weakref
        class A: pass
        refs = []
        for i in range(3000):
            refs.append(weakref.ref(A()))
        junk = [[i] for i in range(50000)]
        print(sum(1 for r in refs if r() is not None))
        """)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.out, "0\n")
    }

    func test_weakrefCallbackError_isReportedAsUnraisable() {
        let r = run("""
        import gc, weakref
        class A: pass
        a = A()
        def cb(wr):
            raise ValueError("in callback")
        r = weakref.ref(a, cb)
        del a
        gc.collect()
        print("went on")
        """)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.out, "went on\n")
        XCTAssertTrue(r.err.hasPrefix("Exception ignored in: <function cb at "), r.err)
        XCTAssertTrue(r.err.hasSuffix("ValueError: in callback\n"), r.err)
    }

    func test_timeNatives_rejectBadInput_withCPythonsErrors() {
        let r = run("""
        import time
        for call in [lambda: time.gmtime(1e300), lambda: time.gmtime(float("nan")), lambda: time.strftime(1),
                     lambda: time.strftime("%Y", (1,)), lambda: time.mktime(), lambda: time.gmtime("x"),
                     lambda: time.strftime("%Y", (10**10, 1, 1, 0, 0, 0, 0, 1, 0)),
                     lambda: time.mktime((-2**40, 1, 1, 0, 0, 0, 0, 1, 0)),
                     lambda: time.strftime("%Y", (2**100, 1, 1, 0, 0, 0, 0, 1, 0))]:
            try:
                call()
            except Exception as e:
                print(type(e).__name__, e)
        """)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.out, """
        OverflowError timestamp out of range for platform time_t
        ValueError Invalid value NaN (not a number)
        TypeError strftime() argument 1 must be str, not int
        TypeError strftime(): illegal time tuple argument
        TypeError time.mktime() takes exactly one argument (0 given)
        TypeError 'str' object cannot be interpreted as an integer
        OverflowError signed integer is greater than maximum
        OverflowError signed integer is less than minimum
        OverflowError Python int too large to convert to C long

        """)
    }
}
