import XCTest
@testable import Machine

/// The virtual world's memory limit and the step budget inside built-ins (issue 26, items 2
/// and 3). Expected exceptions and messages are python3 3.11's under `ulimit -v 1500000`.
final class MemoryLimitTests: XCTestCase {
    func run(_ source: String, maxSteps: Int = 20_000_000, memoryLimit: Int = RunOptions.defaultMemoryLimit)
        -> (out: String, err: String, status: Int32) {
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [],
                               options: RunOptions(maxSteps: maxSteps, memoryLimit: memoryLimit))
        return (String(decoding: r.stdout, as: UTF8.self), String(decoding: r.stderr, as: UTF8.self), r.status)
    }

    /// Runs `expression` inside `try` and prints the exception's type and repr.
    func outcome(_ expression: String, memoryLimit: Int = RunOptions.defaultMemoryLimit) -> String {
        let source = """
        try:
            x = \(expression)
            print('ok')
        except BaseException as e:
            print(type(e).__name__, repr(str(e)), repr(e))
        """
        let r = run(source, memoryLimit: memoryLimit)
        XCTAssertEqual(r.status, 0, r.err)
        return r.out
    }

    // MARK: - MemoryError instead of an allocation failure

    func test_hugeAllocations_raiseCatchableMemoryError() {
        for expression in ["[0]*10**10", "(0,)*10**10", "'x'*10**10", "b'x'*10**10", "[0]*(2**62)", "'x'*(2**62)",
                           "list(range(10**10))", "tuple(range(10**10))", "sorted(range(10**10))", "bytes(10**10)",
                           "'%0{}d'.format(10**10) % 1", "'%.{}d'.format(10**10) % 1", "f'{1:{10**10}}'",
                           "format(1.0, '.{}f'.format(10**10))", "'{:{}}'.format(1, 10**10)",
                           "'x'.center(10**10)", "'x'.ljust(10**10)", "'x'.rjust(10**10)", "'x'.zfill(10**10)",
                           "('a'*10**5).replace('a', 'b'*10**5)", "','.join(['x'*10**6]*10**4)",
                           "1<<10**10", "2**10**10", "1<<(2**62)"] {
            XCTAssertEqual(outcome(expression), "MemoryError '' MemoryError()\n", expression)
        }
    }

    func test_sizesPastAnIndex_raiseCPythonsOverflowOrValueError() {
        let cases = [
            ("'x'*10**19", "OverflowError \"cannot fit 'int' into an index-sized integer\""),
            ("[0]*10**19", "OverflowError \"cannot fit 'int' into an index-sized integer\""),
            ("bytes(10**19)", "OverflowError \"cannot fit 'int' into an index-sized integer\""),
            ("'xx'*(2**62)", "OverflowError 'repeated string is too long'"),
            ("b'xx'*(2**62)", "OverflowError 'repeated bytes are too long'"),
            ("'%0{}d'.format(10**19) % 1", "ValueError 'width too big'"),
            ("'%.{}d'.format(10**19) % 1", "ValueError 'precision too big'"),
            ("'%.{}f'.format(2**31) % 1.0", "ValueError 'precision too big'"),
            ("f'{1:{2**63}}'", "ValueError 'Too many decimal digits in format string'"),
            ("'x'.rjust(10**19)", "OverflowError 'Python int too large to convert to C ssize_t'"),
            ("'\\tx'.expandtabs(10**10)", "OverflowError 'Python int too large to convert to C int'"),
            ("1<<10**20", "OverflowError 'too many digits in integer'"),
            ("bytes(-1)", "ValueError 'negative count'"),
        ]
        for (expression, expected) in cases {
            XCTAssertTrue(outcome(expression).hasPrefix(expected + " "), "\(expression): \(outcome(expression))")
        }
    }

    func test_memoryLimitOption_boundsGrowthOfListsDictsAndSets() {
        let limit = 6 << 20
        for grow in ["x = []\n    while True: x.append(0)", "x = [i for i in range(10**8)]",
                     "x = {}\n    i = 0\n    while True:\n        x[i] = i\n        i += 1",
                     "x = set()\n    i = 0\n    while True:\n        x.add(i)\n        i += 1",
                     "x = [0]*(2*10**6)", "x = list(i for i in range(10**8))"] {
            let r = run("try:\n    \(grow)\nexcept MemoryError:\n    x = None\n    print('caught')\n", maxSteps: 200_000_000,
                        memoryLimit: limit)
            XCTAssertEqual(r.out, "caught\n", grow)
            XCTAssertEqual(r.status, 0, grow + r.err)
        }
    }

    func test_manySmallObjects_pastTheLimit_raiseMemoryErrorAtACollection() {
        // No container grows: each new list holds the previous one. The collector measures.
        let r = run("n = None\ntry:\n    while True:\n        n = [n, n]\nexcept MemoryError:\n    n = None\n    print('caught')\n",
                    maxSteps: 200_000_000, memoryLimit: 6 << 20)
        XCTAssertEqual(r.out, "caught\n")
        XCTAssertEqual(r.status, 0, r.err)
    }

    func test_memoryFreedAfterMemoryError_programGoesOn() {
        let r = run("""
        big = []
        try:
            while True: big.append('x' * 1000)
        except MemoryError:
            big = None
        print(len('y' * 10**6))
        """, maxSteps: 200_000_000, memoryLimit: 8 << 20)
        XCTAssertEqual(r.out, "1000000\n", r.err)
    }

    // MARK: - The step budget meters built-ins

    func test_stepBudget_stopsLongBuiltinsQuickly() {
        for program in ["import math\nx = math.factorial(10**6)", "x = 'x' * 10**9", "x = sorted(range(10**7))",
                        "x = sum(range(10**10))", "x = 10**10**8", "x = '%0{}d'.format(10**9) % 1",
                        "x = ('x' * 10**6) * 500", "x = [0] * 10**7 + [1] * 10**7", "x = 7 in [0] * 10**7",
                        "x = max(range(10**9))"] {
            let start = Date()
            let r = run("print('before')\n" + program + "\nprint('after')\n", maxSteps: 1000)
            XCTAssertEqual(r.out, "before\n", program)
            XCTAssertEqual(r.err, "step budget exhausted after 1000 steps\n", program)
            XCTAssertEqual(r.status, 4, program)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, program)
        }
    }

    func test_factorial_isRightAndFast() {
        let r = run("import math\nprint(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(25))\n"
                    + "print(len(str(math.factorial(1000))), math.factorial(1000) % 1000003)\n")
        // python3 3.11
        XCTAssertEqual(r.out, "1 1 2432902008176640000 15511210043330985984000000\n2568 864722\n", r.err)
    }

    // MARK: - Item 3: the budget running out under a native ends the run

    func test_stepBudget_exhaustedInsidePythonCalledByANative_endsWithStatus4() {
        let programs = [
            "x = sum(i for i in range(10**9))",
            "x = list(i for i in range(10**9))",
            "x = sorted(range(10**6), key=lambda v: -v)",
            "x = list(map(lambda v: v + 1, range(10**9)))",
            "try:\n    x = sum(i for i in range(10**9))\nexcept BaseException:\n    print('caught')",
            "def g():\n    try:\n        yield from range(10**9)\n    finally:\n        print('finally')\nx = max(g())",
        ]
        for program in programs {
            let r = run("print('before')\n" + program + "\nprint('after', x)\n", maxSteps: 200_000)
            XCTAssertEqual(r.out, "before\n", program)
            XCTAssertEqual(r.err, "step budget exhausted after 200000 steps\n", program)
            XCTAssertEqual(r.status, 4, program)
        }
    }

    func test_stepBudget_exhaustedUnderANativeInAThread_endsWithStatus4() {
        let r = run("""
        import threading
        def work():
            print(sum(i for i in range(10**9)))
        t = threading.Thread(target=work)
        t.start()
        t.join()
        print('after')
        """, maxSteps: 1_000_000)
        XCTAssertEqual(r.out, "")
        XCTAssertEqual(r.err, "step budget exhausted after 1000000 steps\n")
        XCTAssertEqual(r.status, 4)
    }
}
