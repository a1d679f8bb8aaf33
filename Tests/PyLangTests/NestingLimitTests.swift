import Foundation
import XCTest
@testable import PyLang

/// CPython 3.11.7's limits on nesting, measured with `python3 x.py` on this machine by
/// bisection: the largest depth each shape compiles at, and the error just past it.
/// - the tokenizer: 200 open brackets (`too many nested parentheses`), 100 indents;
/// - the parser: 6000 rule levels (`MAXSTACK`), past which it fails with a bare `MemoryError`;
///   each unary operator, `not` or `else` of a conditional costs one level, each `**` or
///   `lambda` two, a statement about 33;
/// - the compiler: 3000 statement and expression nodes on one path (`RecursionError: maximum
///   recursion depth exceeded during compilation`), whatever built them (chains of attributes,
///   calls, subscripts or operators are built without recursion and only meet this limit);
/// - 20 statically nested blocks (`too many statically nested blocks`, in the golden errors).
final class NestingLimitTests: XCTestCase {
    static let recursion = "RecursionError: maximum recursion depth exceeded during compilation"

    struct Shape {
        let name: String
        let make: (Int) -> String
        /// (depth, nil when it compiles, else the last line CPython prints).
        let cases: [(Int, String?)]
    }

    static func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

    static let shapes: [Shape] = [
        Shape(name: "unary minus", make: { "x = " + repeated("-", $0) + "1\n" },
              cases: [(2998, nil), (2999, recursion), (5967, recursion), (5968, "MemoryError"), (50_000, "MemoryError")]),
        Shape(name: "unary minus statement", make: { repeated("-", $0) + "1\n" },
              cases: [(2998, nil), (2999, recursion), (5969, recursion), (5970, "MemoryError")]),
        Shape(name: "not", make: { "x = " + repeated("not ", $0) + "1\n" },
              cases: [(2998, nil), (2999, recursion), (5967, recursion), (5968, "MemoryError")]),
        Shape(name: "conditional", make: { "x = " + repeated("1 if 1 else ", $0) + "1\n" },
              cases: [(2998, nil), (2999, recursion), (5967, recursion), (5968, "MemoryError")]),
        Shape(name: "power", make: { "x = " + repeated("1**", $0) + "1\n" },
              cases: [(2983, nil), (2984, "MemoryError"), (50_000, "MemoryError")]),
        Shape(name: "lambda", make: { "x = " + repeated("lambda: ", $0) + "1\n" },
              cases: [(2983, nil), (2984, "MemoryError"), (50_000, "MemoryError")]),
        Shape(name: "attributes", make: { "x = a" + repeated(".a", $0) + "\n" },
              cases: [(2998, nil), (2999, recursion), (50_000, recursion)]),
        Shape(name: "calls", make: { "x = a" + repeated("()", $0) + "\n" },
              cases: [(2998, nil), (2999, recursion), (50_000, recursion)]),
        Shape(name: "subscripts", make: { "x = a" + repeated("[0]", $0) + "\n" },
              cases: [(2998, nil), (2999, recursion), (50_000, recursion)]),
        Shape(name: "additions", make: { "x = " + repeated("1+", $0) + "1\n" },
              cases: [(2998, nil), (2999, recursion), (50_000, recursion)]),
        Shape(name: "elif", make: { "if 1: pass\n" + repeated("elif 1: pass\n", $0) },
              cases: [(2998, nil), (2999, recursion), (50_000, "MemoryError")]),
        Shape(name: "unary minus in a block", make: { "if 1:\n    x = " + repeated("-", $0) + "1\n" },
              cases: [(2997, nil), (2998, recursion), (5961, recursion), (5962, "MemoryError")]),
        Shape(name: "slice", make: { "x = a[1:" + repeated("-", $0) + "1]\n" },
              cases: [(2996, nil), (2997, recursion)]),
        Shape(name: "f-string field", make: { "x = f'{" + repeated("-", $0) + "1}'\n" },
              cases: [(2996, nil), (2997, recursion)]),
        Shape(name: "f-string attribute chain", make: { "x = f'{a" + repeated(".a", $0) + "}'\n" },
              cases: [(2996, nil), (2997, recursion), (50_000, recursion)]),
        Shape(name: "lambda default", make: { "x = lambda a=" + repeated("-", $0) + "1: 1\n" },
              cases: [(2997, nil), (2998, recursion)]),
        Shape(name: "comprehension iterable", make: { "x = [y for y in " + repeated("-", $0) + "1]\n" },
              cases: [(2997, nil), (2998, recursion)]),
        Shape(name: "keyword argument", make: { "x = " + repeated("-", $0) + "f(a=1)\n" },
              cases: [(2997, nil), (2998, recursion)]),
        Shape(name: "parentheses", make: { "x = " + repeated("(", $0) + "1" + repeated(")", $0) + "\n" },
              cases: [(200, nil), (201, "SyntaxError: too many nested parentheses"), (50_000, "SyntaxError: too many nested parentheses")]),
        Shape(name: "brackets", make: { "x = " + repeated("[", $0) + repeated("]", $0) + "\n" },
              cases: [(200, nil), (201, "SyntaxError: too many nested parentheses")]),
        Shape(name: "indentation", make: { n in (0..<n).map { repeated(" ", $0) + "if x:\n" }.joined() + repeated(" ", n) + "pass\n" },
              cases: [(99, nil), (100, "IndentationError: too many levels of indentation")]),
    ]

    /// The last line CPython would print for `source`, or nil when it compiles.
    func outcome(_ source: String) -> String? {
        do {
            _ = try compile(source: source, filename: "x.py")
            return nil
        } catch let e as SyntaxError {
            return e.pythonFormatted.split(separator: "\n").last.map(String.init)
        } catch {
            return "\(error)"
        }
    }

    func test_nestingOfEachShape_isLimitedWhereCPythonLimitsIt() {
        var mismatches: [String] = []
        for shape in Self.shapes {
            for (depth, expected) in shape.cases {
                let got = outcome(shape.make(depth))
                if got != expected {
                    mismatches.append("\(shape.name) x\(depth): expected \(expected ?? "to compile"), got \(got ?? "compiled")")
                }
            }
        }
        XCTAssert(mismatches.isEmpty, mismatches.joined(separator: "\n"))
    }

    /// 3.11 refuses the 21st block at once; compiling each `with` item inside the previous one
    /// without that limit took memory and time quadratic in the items (16,000: 1.6 GB).
    func test_withOf16000Items_isRefusedAtTheTwentyFirst() {
        let items = (0..<16_000).map { "c\($0)" }.joined(separator: ", ")
        XCTAssertEqual(outcome("with " + items + ":\n    pass\n"), "SyntaxError: too many statically nested blocks")
        XCTAssertNil(outcome("with " + (0..<20).map { "c\($0)" }.joined(separator: ", ") + ":\n    pass\n"))
        let loops = (0..<21).map { String(repeating: " ", count: $0) + "for i in x:\n" }.joined()
        XCTAssertEqual(outcome(loops + String(repeating: " ", count: 21) + "pass\n"),
                       "SyntaxError: too many statically nested blocks")
    }

    /// The limits bound the stack the front end uses, and it runs on a stack of its own, so the
    /// deepest inputs it accepts compile even when called from a thread with a small stack.
    func test_deepestAcceptedInputs_compileFromAThreadWithASmallStack() {
        let sources = [
            "x = " + Self.repeated("-", 2998) + "1\n",
            "x = " + Self.repeated("lambda: ", 2983) + "1\n",
            "x = " + Self.repeated("(", 200) + Self.repeated("-", 300) + "1" + Self.repeated(")", 200) + "\n",
            "if 1: pass\n" + Self.repeated("elif 1: pass\n", 2998),
            "x = a" + Self.repeated("()", 2998) + "\n",
        ]
        final class Box: @unchecked Sendable { var compiled = 0 }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            for s in sources where (try? compile(source: s, filename: "x.py")).map({ disassemble($0) }) != nil {
                box.compiled += 1
            }
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        XCTAssertEqual(box.compiled, sources.count)
    }
}
