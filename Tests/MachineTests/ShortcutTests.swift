import XCTest
@testable import Machine
import Trace

/// Frame shortcuts (Interpreter+Shortcuts.swift) claim that a run with them is the run
/// without them, instruction for instruction: same output, same trace, same step count.
final class ShortcutTests: XCTestCase {
    private func traced(_ name: String, _ source: String, _ options: RunOptions) -> (RunResult, String, Int) {
        let (result, trace) = ProgramRun.runTraced(path: name, source: source, arguments: [], options: options)
        return (result, ChromeTrace.json(trace), trace.changeCount)
    }

    /// Runs `source` with and without shortcuts under `options` and checks that nothing differs.
    private func assertSameRun(_ name: String, _ source: String, _ options: RunOptions = RunOptions(),
                               file: StaticString = #filePath, line: UInt = #line) {
        var off = options
        off.frameShortcuts = false
        var on = options
        on.frameShortcuts = true
        let (r1, t1, c1) = traced(name, source, off)
        let (r2, t2, c2) = traced(name, source, on)
        XCTAssertEqual(String(decoding: r1.stdout, as: UTF8.self), String(decoding: r2.stdout, as: UTF8.self), name, file: file, line: line)
        XCTAssertEqual(String(decoding: r1.stderr, as: UTF8.self), String(decoding: r2.stderr, as: UTF8.self), name, file: file, line: line)
        XCTAssertEqual(r1.status, r2.status, name, file: file, line: line)
        XCTAssertEqual(c1, c2, name, file: file, line: line)
        XCTAssertTrue(t1 == t2, "\(name): the traces differ with shortcuts", file: file, line: line)
    }

    /// A bounded queue between two threads: puts that would block fall back to queue.py's
    /// code (the shortcut's frame made at its jump), gets run frameless.
    static let producerConsumer = """
    import queue, threading
    q = queue.Queue(maxsize=7)
    refused = 0
    def produce(n):
        global refused
        for i in range(n):
            try:
                q.put(i, False)
            except queue.Full:
                refused += 1
                q.put(i)
        q.put(None)
    def consume(out):
        total = 0
        item = q.get()
        while item is not None:
            total += item
            q.task_done()
            item = q.get()
        out.append(total)
    out = []
    ts = [threading.Thread(target=produce, args=(3000,)), threading.Thread(target=consume, args=(out,))]
    for t in ts: t.start()
    for t in ts: t.join()
    print(out, refused > 0)
    """

    func test_everyQueueProgram_runsTheSameWithAndWithoutShortcuts() throws {
        var programs: [URL] = []
        for folder in ["threads", "deadlock", "sequential", "processes"] {
            programs += try ConformanceTests.programs(in: folder).filter {
                (try? String(contentsOf: $0, encoding: .utf8))?.contains("queue") == true
            }
        }
        XCTAssertGreaterThan(programs.count, 10)
        for program in programs {
            assertSameRun(program.lastPathComponent, try String(contentsOf: program, encoding: .utf8))
        }
    }

    func test_producerConsumer_runsTheSame_underEverySchedulerSetting() {
        assertSameRun("pc.py", Self.producerConsumer)
        assertSameRun("pc.py", Self.producerConsumer, RunOptions(seed: 7, switchInterval: 0.00001))
        assertSameRun("pc.py", Self.producerConsumer, RunOptions(switchPoints: .every))
        assertSameRun("pc.py", Self.producerConsumer, RunOptions(noGIL: true))
        // The step budget falling inside a put or get.
        for budget in [40_000, 40_001, 40_005, 40_009] {
            assertSameRun("pc.py", Self.producerConsumer, RunOptions(maxSteps: budget))
        }
    }

    func test_shortcutsAreTaken_onlyWhenOn() {
        // The frames are not observable from the program, so the engine counts its shortcuts.
        for on in [false, true] {
            var options = RunOptions()
            options.frameShortcuts = on
            let session = Session(path: "pc.py", source: Self.producerConsumer, arguments: [], options: options, stdin: [],
                                  watched: false, recording: false, choices: [], io: nil)
            while session.ending == nil { session.advance(instructions: Int.max) }
            XCTAssertEqual(String(decoding: session.result.stdout, as: UTF8.self), "[4498500] True\n")
            if on {
                XCTAssertGreaterThan(session.vm.process.shortcutsRun, 5_000)
            } else {
                XCTAssertEqual(session.vm.process.shortcutsRun, 0)
            }
        }
    }

    func test_aNativeRaisingInsideAShortcut_showsTheFunctionsFrame() {
        let source = """
        from _tutor import shortcut
        from math import sqrt
        @shortcut
        def f(x):
            if sqrt(x):
                return 1
        def g(x):
            return f(x)
        # The first call may find no spare frame and take the ordinary path.
        for x in (4.0, 9.0, -1.0):
            g(x)
        """
        assertSameRun("t.py", source)
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [], options: RunOptions())
        let err = String(decoding: r.stderr, as: UTF8.self)
        XCTAssertTrue(err.contains("line 5, in f\n    if sqrt(x):\n       ^^^^^^^\n"), err)
        XCTAssertTrue(err.hasSuffix("ValueError: math domain error\n"), err)
    }

    func test_aShortcutLeavingItsStraightPath_goesOnInItsFrame() {
        let source = """
        from _tutor import shortcut
        from time import monotonic as clock
        @shortcut
        def f(x, y=None):
            t = clock()
            if y is None:
                return t
            return x
        print(f(1) == 0, f(1, 2), f(x=3, y=4))
        @shortcut
        def h(x):
            if x is None:
                return clock()
        print(h(1))
        """
        assertSameRun("t.py", source)
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [], options: RunOptions())
        XCTAssertEqual(String(decoding: r.stdout, as: UTF8.self), "False 1 3\nNone\n", String(decoding: r.stderr, as: UTF8.self))
    }

    func test_aNativeThatLooksAtFrames_runsWithTheFunctionsFrame() {
        // sys._callers (inspect.stack's source) is not among the frameless natives: the frame
        // is made before it runs, so it sees f.
        let source = """
        from _tutor import shortcut
        from sys import _callers
        @shortcut
        def f():
            return _callers()
        # The first call may find no spare frame and take the ordinary path; later ones
        # are shortcut calls.
        for _ in range(3):
            print(f()[0])
        """
        assertSameRun("t.py", source)
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [], options: RunOptions())
        XCTAssertEqual(String(decoding: r.stdout, as: UTF8.self), String(repeating: "('t.py', 5, 'f')\n", count: 3),
                       String(decoding: r.stderr, as: UTF8.self))
    }

    func test_shortcut_refusesAFunctionWithoutAStraightPathToANative() {
        let r = ProgramRun.run(path: "t.py", source: """
        from _tutor import shortcut
        def f(x):
            for i in x:
                pass
        try:
            shortcut(f)
        except TypeError as e:
            print(e)
        try:
            shortcut(len)
        except TypeError as e:
            print(e)
        """, arguments: [], options: RunOptions())
        XCTAssertEqual(String(decoding: r.stdout, as: UTF8.self),
                       "f() has no straight path to a native call\nshortcut() takes a Python function\n")
    }
}
