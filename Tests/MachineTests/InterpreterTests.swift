import XCTest
import PyLang
@testable import Machine

/// Focused interpreter behaviour, expected values from python3 3.11.
final class InterpreterTests: XCTestCase {
    func run(_ source: String, args: [String] = [], stdin: String = "", maxSteps: Int = 2_000_000_000) -> RunResult {
        ProgramRun.run(path: "t.py", source: source, arguments: args, options: RunOptions(maxSteps: maxSteps), stdin: Array(stdin.utf8))
    }

    func out(_ r: RunResult) -> String { String(decoding: r.stdout, as: UTF8.self) }
    func err(_ r: RunResult) -> String { String(decoding: r.stderr, as: UTF8.self) }

    func test_recursion_atDepth1000_raisesRecursionError() {
        let r = run("import sys\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\nprint(sys.getrecursionlimit())\n")
        XCTAssertEqual(out(r), "maximum recursion depth exceeded\n1000\n")
        XCTAssertEqual(r.status, 0)
    }

    func test_uncaughtRecursion_tracebackFoldsRepeatsLikeCPython() {
        // python3 3.11 prints the first three frames of a run, then this line.
        let r = run("def a(n):\n    return b(n)\ndef b(n):\n    return a(n + 1)\na(0)\n")
        XCTAssertEqual(r.status, 1)
        let lines = err(r).split(separator: "\n")
        XCTAssertEqual(lines.count, 3001)  // python3 3.11: no run to fold, a caret line under each call
        XCTAssertEqual(lines[4...6], ["    return b(n)", "           ^^^^", "  File \"t.py\", line 4, in b"])
        XCTAssertEqual(lines.last, "RecursionError: maximum recursion depth exceeded")
        let simple = run("def f(n): return f(n+1)\nf(0)\n")
        XCTAssertEqual(err(simple).split(separator: "\n").suffix(2),
                       ["  [Previous line repeated 996 more times]", "RecursionError: maximum recursion depth exceeded"])
    }

    func test_sourceThatIsNotUTF8_getsCPythonsSyntaxError() {
        // python3 3.11, a file holding `print("ok")\n# caf\xe9\n`.
        XCTAssertEqual(SourceText.decode(Array("print(\"ok\")\n# caf".utf8) + [0xE9, 0x0A], path: "n.py"),
                       .notUTF8(report: "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file n.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"))
        XCTAssertEqual(SourceText.decode([0xFF, 0xFE], path: "b.py"),
                       .notUTF8(report: "SyntaxError: Non-UTF-8 code starting with '\\xff' in file b.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"))
        XCTAssertEqual(SourceText.decode(Array("s = '漢字 ✓'\n".utf8), path: "u.py"), .text("s = '漢字 ✓'\n"))
        XCTAssertEqual(SourceText.firstInvalidByte([0xED, 0xA0, 0x80]), 0, "a UTF-16 surrogate is not UTF-8")
    }

    func test_stepBudget_exhausted_exits4() {
        let r = run("while True:\n    pass\n", maxSteps: 10_000)
        XCTAssertEqual(r.status, 4)
        XCTAssertEqual(err(r), "step budget exhausted after 10000 steps\n")
    }

    /// A process whose only thread is about to run `source` as the main module.
    func moduleVM(_ source: String) throws -> Interp { try moduleProcess(source).vm }

    func test_collections_keepPaceWithLargeLists() throws {
        // Collections are due by allocation count; a list of 6,400 items (100 KB) must count
        // for more than one allocation, or 2,000 dead ones pile up before the first collection
        // (`[0] * 100000` in a loop held 1.6 GB).
        func slotsUsed(_ lists: Int) throws -> Int {
            var vm = try moduleVM("t = 0\nfor i in range(\(lists)):\n    x = [0] * 6400\n    t += len(x)\nprint(t)\n")
            guard case .finished = vm.run(budget: 10_000_000) else { XCTFail("did not finish"); return 0 }
            XCTAssertEqual(String(decoding: vm.process.stdout, as: UTF8.self), "\(lists * 6400)\n")
            return vm.heap.objects.count
        }
        let one = try slotsUsed(1)
        XCTAssertLessThan(try slotsUsed(600) - one, 60)
    }

    func test_run_budget_stopsAtBudget_andResumes() throws {
        var vm = try moduleVM("x = 0\nfor i in range(100):\n    x += i\nprint(x)\n")
        var slices = 0
        loop: while true {
            switch vm.run(budget: 50) {
            case .budgetUsed: slices += 1
            case .finished: break loop
            case .raised, .stepLimit: XCTFail("unexpected stop"); break loop
            }
        }
        XCTAssertGreaterThan(slices, 5)
        XCTAssertEqual(String(decoding: vm.process.stdout, as: UTF8.self), "4950\n")
    }

    func test_run_stopOnlyAtBreakers_stopsAtEvalBreakerPoint() throws {
        var vm = try moduleVM("a = 1\nb = 2\nc = a + b\nwhile c < 10:\n    c += 1\n")
        vm.stopOnlyAtBreakers = true
        guard case .budgetUsed = vm.run(budget: 3) else { return XCTFail("expected a stop") }
        let pc = vm.top.pc
        XCTAssertTrue(vm.isBreaker(vm.top.code.instructions[pc], at: pc))
    }

    func test_uncaughtError_printsTracebackWithSourceLines() {
        let r = run("def f():\n    raise ValueError('bad')\nf()\n")
        XCTAssertEqual(err(r), """
        Traceback (most recent call last):
          File "t.py", line 3, in <module>
            f()
          File "t.py", line 2, in f
            raise ValueError('bad')
        ValueError: bad

        """)
        XCTAssertEqual(r.status, 1)
    }

    func test_nameError_suggestsCloseName() {
        let r = run("counter = 1\nprint(countr)\n")
        XCTAssertTrue(err(r).hasSuffix("NameError: name 'countr' is not defined. Did you mean: 'counter'?\n"))
    }

    func test_sysExit_statusAndMessage() {
        XCTAssertEqual(run("import sys\nsys.exit(3)\n").status, 3)
        let r = run("import sys\nsys.exit('bye')\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(err(r), "bye\n")
        XCTAssertEqual(run("raise SystemExit\n").status, 0)
    }

    func test_timeSleep_advancesVirtualClockOnly() {
        let r = run("import time\nt = time.perf_counter()\ntime.sleep(2.5)\nprint(round(time.perf_counter() - t, 1))\n")
        XCTAssertEqual(out(r), "2.5\n")
    }

    func test_generator_sendAndReturnValue() {
        let r = run("def g():\n    x = yield 1\n    yield x * 2\n    return 'done'\nit = g()\nprint(next(it), it.send(5))\ntry:\n    next(it)\nexcept StopIteration as e:\n    print(e.value)\n")
        XCTAssertEqual(out(r), "1 10\ndone\n")
    }

    func test_input_readsStdinLines() {
        let r = run("a = input('> ')\nb = input()\nprint(a + b)\n", stdin: "x\ny\n")
        XCTAssertEqual(out(r), "> xy\n")
    }

    func test_forLoop_userIterator_stopIterationEndsLoop_otherErrorsTraceThroughNext() {
        let src = "class C:\n    def __init__(self):\n        self.i = 0\n    def __iter__(self):\n        return self\n    def __next__(self):\n        self.i += 1\n        if self.i > 3:\n            raise StopIteration\n        return self.i\nprint([x for x in C()])\n"
        XCTAssertEqual(out(run(src)), "[1, 2, 3]\n")
        let bad = run("class B:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        raise ValueError('boom')\nfor x in B():\n    pass\n")
        XCTAssertEqual(err(bad), """
        Traceback (most recent call last):
          File "t.py", line 6, in <module>
            for x in B():
          File "t.py", line 5, in __next__
            raise ValueError('boom')
        ValueError: boom

        """)
    }

    func test_dis_syntaxError_reportsCPythonFormatAndStatus1() {
        let r = ProgramRun.disassembly(path: "x.py", source: "def f(:\n    pass\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(String(decoding: r.stderr, as: UTF8.self).hasPrefix("  File \"x.py\", line 1\n"))
    }
}
