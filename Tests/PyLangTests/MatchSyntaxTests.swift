import XCTest
@testable import PyLang

/// `match` statements. The compile-time errors, each row printed by python3 3.11.7 with
/// `compile(src, "x.py", "exec")` (message, line, caret column `offset`, `end_offset`), are
/// checked by `ParserErrorTests.test_syntaxErrors_matchCPythonMessagesAndPositions`.
final class MatchSyntaxTests: XCTestCase {
    typealias Row = ParserErrorTests.Row

    static let verifiedWithCPython: [Row] = [
        ("match x:\n    case a:\n        pass\n    case 1:\n        pass\n", .syntaxError, "name capture 'a' makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case _:\n        pass\n    case 1:\n        pass\n", .syntaxError, "wildcard makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case [a, a]:\n        pass\n", .syntaxError, "multiple assignments to name 'a' in pattern", 2, 14, 15),
        ("match x:\n    case {'k': a, **a}:\n        pass\n", .syntaxError, "multiple assignments to name 'a' in pattern", 2, 16, 17),
        ("match x:\n    case [a] | (b):\n        pass\n", .syntaxError, "alternative patterns bind different names", 2, 17, 18),
        ("match x:\n    case [*a, *b]:\n        pass\n", .syntaxError, "multiple starred names in sequence pattern", 2, 10, 18),
        ("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", .syntaxError, "mapping pattern checks duplicate key ('a')", 2, 10, 26),
        ("match x:\n    case a | 1:\n        pass\n", .syntaxError, "name capture 'a' makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case _ | 1:\n        pass\n", .syntaxError, "wildcard makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case (a as b) | b:\n        pass\n", .syntaxError, "name capture 'a' makes remaining patterns unreachable", 2, 11, 12),
        ("match x:\n    case C(a=1, a=2):\n        pass\n", .syntaxError, "attribute name repeated in class pattern: a", 2, 19, 20),
        ("match x:\n    case C(a=1, 2):\n        pass\n", .syntaxError, "positional patterns follow keyword patterns", 2, 17, 18),
        ("match x:\n    case 1 + 1:\n        pass\n", .syntaxError, "imaginary number required in complex literal", 2, 14, 15),
        ("match x:\n    case f'a':\n        pass\n", .syntaxError, "patterns may only match literals and attribute lookups", 2, 10, 14),
        ("match x:\n    case 1 as _:\n        pass\n", .syntaxError, "cannot use '_' as a target", 2, 15, 16),
        ("match x:\n    case *a:\n        pass\n", .syntaxError, "invalid syntax", 2, 12, 13),
        ("match x:\n    case {**_}:\n        pass\n", .syntaxError, "invalid syntax", 2, 13, 14),
        ("match x:\npass\n", .indentationError, "expected an indented block after 'match' statement on line 1", 2, 1, 5),
        ("match x:\n    case 1:\n    pass\n", .indentationError, "expected an indented block after 'case' statement on line 2", 3, 5, 9),
        ("match x:\n    case 1\n        pass\n", .syntaxError, "expected ':'", 2, 11, nil),
        ("match x:\n    case (1 as __debug__):\n        pass\n", .syntaxError, "cannot assign to __debug__", 2, 11, 12),
        ("match x:\n    case [x, ([x] | (x, 0))]:\n        pass\n", .syntaxError, "multiple assignments to name 'x' in pattern", 2, 25, 26),
        ("match x:\n    case ((a, 1) | (a, 2)) as a:\n        pass\n", .syntaxError, "multiple assignments to name 'a' in pattern", 2, 24, 25),
        ("match x:\n    case C(x, y=x):\n        pass\n", .syntaxError, "multiple assignments to name 'x' in pattern", 2, 17, 18),
        ("match x:\n    case {True: a, 1: b}:\n        pass\n", .syntaxError, "mapping pattern checks duplicate key (1)", 2, 10, 25),
    ]

    func test_softKeywords_asNames_compile() {
        let source = "match = [1]\ncase = 2\nmatch[0] = case\nmatch(case)\nmatch.x = 1\ndef match(case): return case\n"
        XCTAssertNoThrow(try compile(source: source, filename: "x.py"))
    }

    func test_matchStatement_compilesToMatchInstructions() throws {
        let code = try compile(source: "match p:\n    case C(1, y=[a, *b]) | {'k': [a, *b]}:\n        pass\n", filename: "x.py")
        let listing = disassemble(code)
        for op in ["MATCH_CLASS", "MATCH_MAPPING", "MATCH_KEYS", "MATCH_SEQUENCE", "GET_LEN", "UNPACK_EX"] {
            XCTAssert(listing.contains(op), "no \(op) in\n\(listing)")
        }
    }
}
