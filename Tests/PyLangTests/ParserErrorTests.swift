import XCTest
@testable import PyLang

/// Syntax errors checked against CPython 3.11.7 on this machine: each row's message, line,
/// caret column (`offset`) and, where CPython shows several carets, end column (`end_offset`)
/// were printed by `compile(src, "x.py", "exec")` in python3.
final class ParserErrorTests: XCTestCase {
    typealias Row = (source: String, kind: SyntaxError.Kind, message: String, line: Int, column: Int, endColumn: Int?)

    static let verifiedWithCPython: [Row] = [
        ("if x = 1:\n    pass\n", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 9),
        ("if x\n    pass\n", .syntaxError, "expected ':'", 1, 5, nil),
        ("while x\n    pass\n", .syntaxError, "expected ':'", 1, 8, nil),
        ("def f()\n    pass\n", .syntaxError, "expected ':'", 1, 8, nil),
        ("for x in y\n    pass\n", .syntaxError, "expected ':'", 1, 11, nil),
        ("class C\n    pass\n", .syntaxError, "expected ':'", 1, 8, nil),
        ("if x:\npass\n", .indentationError, "expected an indented block after 'if' statement on line 1", 2, 1, 5),
        ("def f():\nreturn 1\n", .indentationError, "expected an indented block after function definition on line 1", 2, 1, 7),
        ("for x in y:\nx\n", .indentationError, "expected an indented block after 'for' statement on line 1", 2, 1, 2),
        ("while x:\nx\n", .indentationError, "expected an indented block after 'while' statement on line 1", 2, 1, 2),
        ("try:\nx\n", .indentationError, "expected an indented block after 'try' statement on line 1", 2, 1, 2),
        ("with a:\nx\n", .indentationError, "expected an indented block after 'with' statement on line 1", 2, 1, 2),
        ("class C:\nx\n", .indentationError, "expected an indented block after class definition on line 1", 2, 1, 2),
        ("x = 1\n    y = 2\n", .indentationError, "unexpected indent", 2, 4, nil),
        ("return 1\n", .syntaxError, "'return' outside function", 1, 1, 9),
        ("break\n", .syntaxError, "'break' outside loop", 1, 1, 6),
        ("continue\n", .syntaxError, "'continue' not properly in loop", 1, 1, 9),
        ("nonlocal x\n", .syntaxError, "nonlocal declaration not allowed at module level", 1, 1, 11),
        ("def f():\n    nonlocal x\n", .syntaxError, "no binding for nonlocal 'x' found", 2, 5, 15),
        ("1 = x\n", .syntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 2),
        ("f() = 1\n", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4),
        ("f(a=1, 2)\n", .syntaxError, "positional argument follows keyword argument", 1, 9, 10),
        ("f(**k, *a)\n", .syntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8, 9),
        ("f(**k, a)\n", .syntaxError, "positional argument follows keyword argument unpacking", 1, 9, 10),
        ("x = (1, 2\n", .syntaxError, "'(' was never closed", 1, 5, nil),
        ("x = [1, 2\ny = 3\n", .syntaxError, "'[' was never closed", 1, 5, nil),
        ("x = 1 +\n", .syntaxError, "invalid syntax", 1, 8, nil),
        ("print 'hi'\n", .syntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 11),
        ("x = yield = 1\n", .syntaxError, "assignment to yield expression not possible", 1, 5, 10),
        ("def f(a=1, b):\n    pass\n", .syntaxError, "non-default argument follows default argument", 1, 12, 13),
        ("a + 1 = 2\n", .syntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 6),
        ("del 1\n", .syntaxError, "cannot delete literal", 1, 5, 6),
        ("(a, b) += 1\n", .syntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1, 7),
        ("x = 'abc\n", .syntaxError, "unterminated string literal (detected at line 1)", 1, 5, nil),
        ("x = \"\"\"abc\n\n", .syntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, nil),
        ("else:\n    pass\n", .syntaxError, "invalid syntax", 1, 1, 5),
        ("x = 1 if y\n", .syntaxError, "expected 'else' after 'if' expression", 1, 5, 11),
        ("f(x for x in y, 1)\n", .syntaxError, "Generator expression must be parenthesized", 1, 3, 15),
        ("def f(*):\n    pass\n", .syntaxError, "named arguments must follow bare *", 1, 7, 8),
        ("def f(a, a):\n    pass\n", .syntaxError, "duplicate argument 'a' in function definition", 1, 10, 11),
        ("import\n", .syntaxError, "invalid syntax", 1, 7, nil),
        ("x = }\n", .syntaxError, "unmatched '}'", 1, 5, nil),
        ("x = (]\n", .syntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, nil),
        ("try:\n    pass\nx = 1\n", .syntaxError, "expected 'except' or 'finally' block", 3, 1, 2),
        ("def f():\n    x = 1\n    global x\n", .syntaxError, "name 'x' is assigned to before global declaration", 3, 5, 13),
        ("def f():\n    print(x)\n    global x\n", .syntaxError, "name 'x' is used prior to global declaration", 3, 5, 13),
        ("await x\n", .syntaxError, "'await' outside function", 1, 1, 8),
        ("def f():\n    await x\n", .syntaxError, "'await' outside async function", 2, 5, 12),
        ("async def g():\n    yield from x\n", .syntaxError, "'yield from' inside async function", 2, 5, 17),
        ("with open(x) as 1:\n    pass\n", .syntaxError, "cannot assign to literal", 1, 17, 18),
        ("a, b = *c\n", .syntaxError, "can't use starred expression here", 1, 8, 10),
        ("*a = b\n", .syntaxError, "starred assignment target must be in a list or tuple", 1, 1, 3),
        ("x = True = 1\n", .syntaxError, "cannot assign to True", 1, 5, 9),
        ("None = 1\n", .syntaxError, "cannot assign to None", 1, 1, 5),
        ("def f(x):\n    global x\n", .syntaxError, "name 'x' is parameter and global", 2, 5, 13),
        ("f(x=1, x=2)\n", .syntaxError, "keyword argument repeated: x", 1, 8, 11),
        ("x.1\n", .syntaxError, "invalid syntax", 1, 2, 4),
        ("class C:\n    return 1\n", .syntaxError, "'return' outside function", 2, 5, 13),
        ("if True:\n    pass\n  else:\n    pass\n", .indentationError, "unindent does not match any outer indentation level", 3, 8, nil),
        ("x = $\n", .syntaxError, "invalid syntax", 1, 5, 6),
        ("x = 1abc\n", .syntaxError, "invalid decimal literal", 1, 5, nil),
        ("x = 0777\n", .syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 6),
        ("x = 0b102\n", .syntaxError, "invalid digit '2' in binary literal", 1, 9, nil),
        ("x = 0xg\n", .syntaxError, "invalid hexadecimal literal", 1, 6, nil),
        ("x = 1_\n", .syntaxError, "invalid decimal literal", 1, 6, nil),
        ("x = 1__0\n", .syntaxError, "invalid decimal literal", 1, 6, nil),
        ("x = 1 \\ 2\n", .syntaxError, "unexpected character after line continuation character", 1, 8, nil),
        ("yield 1\n", .syntaxError, "'yield' outside function", 1, 1, 8),
        ("x = [yield 1 for y in z]\n", .syntaxError, "invalid syntax", 1, 6, 11),
        ("f(a+1=2)\n", .syntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 7),
        ("x = 5 6\n", .syntaxError, "invalid syntax", 1, 7, 8),
        ("def f():\n    yield 1\n    return 2\nasync def g():\n    yield 1\n    return 2\n", .syntaxError, "'return' with value in async generator", 6, 5, 13),
        ("for x in range(3):\n    pass\nbreak\n", .syntaxError, "'break' outside loop", 3, 1, 6),
        ("x = f'{}'\n", .syntaxError, "f-string: empty expression not allowed", 1, 10, nil),
        ("x = f'{a!x}'\n", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, nil),
        ("x = f'{a'\n", .syntaxError, "f-string: expecting '}'", 1, 10, nil),
        ("x = 1\nb'café'\n", .syntaxError, "bytes can only contain ASCII literal characters", 2, 1, 8),
        ("'a' b'b'\n", .syntaxError, "cannot mix bytes and nonbytes literals", 1, 9, nil),
        ("lambda x: (yield)\nclass C:\n    x = [y := 1 for _ in z]\n", .syntaxError, "assignment expression within a comprehension cannot be used in a class body", 3, 10, 11),
        ("if x:\n\tpass\n        pass\n", .tabError, "inconsistent use of tabs and spaces in indentation", 3, 1, nil),
    ]

    /// A second batch of everyday mistakes (also printed by CPython 3.11.7).
    static let everydayMistakes: [Row] = [
        ("def f(:\n    pass\n", .syntaxError, "invalid syntax", 1, 7, 8),
        ("print('hi'\n", .syntaxError, "'(' was never closed", 1, 6, nil),
        ("for i in range(10)\n    pass\n", .syntaxError, "expected ':'", 1, 19, nil),
        ("elif x:\n    pass\n", .syntaxError, "invalid syntax", 1, 1, 5),
        ("class A(:\n    pass\n", .syntaxError, "invalid syntax", 1, 9, 10),
        ("x = 1 +* 2\n", .syntaxError, "invalid syntax", 1, 8, 9),
        ("a = 1,, 2\n", .syntaxError, "invalid syntax", 1, 7, 8),
        ("f(,)\n", .syntaxError, "invalid syntax", 1, 3, 4),
        ("x = (1 2)\n", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9),
        ("x = [a b]\n", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9),
        ("f(a b)\n", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 6),
        ("x = 'a' 'b' c\n", .syntaxError, "invalid syntax", 1, 13, 14),
        ("if x:\n    pass\nelse\n    pass\n", .syntaxError, "expected ':'", 3, 5, nil),
        ("try:\n    pass\nexcept ValueError\n    pass\n", .syntaxError, "expected ':'", 3, 18, nil),
        ("while True\n    pass\n", .syntaxError, "expected ':'", 1, 11, nil),
        ("def f(x, y)\n    return x\n", .syntaxError, "expected ':'", 1, 12, nil),
        ("x = = 1\n", .syntaxError, "invalid syntax", 1, 5, 6),
        ("x === 1\n", .syntaxError, "invalid syntax", 1, 5, 6),
        ("if x =! 1:\n    pass\n", .syntaxError, "invalid syntax", 1, 6, 7),
        ("def f(a, *, **k):\n    pass\n", .syntaxError, "named arguments must follow bare *", 1, 10, 11),
        ("import a.b as\n", .syntaxError, "invalid syntax", 1, 14, nil),
        ("from . import\n", .syntaxError, "invalid syntax", 1, 14, nil),
        ("x = {1: 2, 3}\n", .syntaxError, "':' expected after dictionary key", 1, 12, nil),
        ("x = {1, 2: 3}\n", .syntaxError, "invalid syntax", 1, 10, 11),
        ("for x in range(3):\npass\n", .indentationError, "expected an indented block after 'for' statement on line 1", 2, 1, 5),
        ("with open(f) as f\n    pass\n", .syntaxError, "expected ':'", 1, 18, nil),
        ("def f():\n    return\n  x = 1\n", .indentationError, "unindent does not match any outer indentation level", 3, 8, nil),
        ("a.b = 1 = 2\n", .syntaxError, "cannot assign to literal", 1, 7, 8),
        ("del f()\n", .syntaxError, "cannot delete function call", 1, 5, 8),
        ("x = a if b\n", .syntaxError, "expected 'else' after 'if' expression", 1, 5, 11),
        ("lambda x: yield\n", .syntaxError, "invalid syntax", 1, 11, 16),
        ("x = 10 20\n", .syntaxError, "invalid syntax", 1, 8, 10),
        ("True = 1\n", .syntaxError, "cannot assign to True", 1, 1, 5),
        ("class C:\n    def f(self):\n        nonlocal q\n", .syntaxError, "no binding for nonlocal 'q' found", 3, 9, 19),
        ("def f():\n    global x\n    nonlocal x\n", .syntaxError, "name 'x' is nonlocal and global", 2, 5, 13),
        ("x = 1; ; y = 2\n", .syntaxError, "invalid syntax", 1, 8, 9),
        ("if x:\n    pass\n    else:\n        pass\n", .syntaxError, "invalid syntax", 3, 5, 9),
        ("def f(**k, a):\n    pass\n", .syntaxError, "arguments cannot follow var-keyword argument", 1, 12, 13),
        ("def f(*a, *b):\n    pass\n", .syntaxError, "* argument may appear only once", 1, 11, 12),
        ("x = [1, 2,\n", .syntaxError, "'[' was never closed", 1, 5, nil),
        ("s = '''abc\n", .syntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5, nil),
        ("x = 0b\n", .syntaxError, "invalid binary literal", 1, 6, nil),
        ("x = 0o8\n", .syntaxError, "invalid digit '8' in octal literal", 1, 7, nil),
        ("x = 1.2.3\n", .syntaxError, "invalid syntax", 1, 8, 10),
        ("x = 5__\n", .syntaxError, "invalid decimal literal", 1, 6, nil),
        ("x = @\n", .syntaxError, "invalid syntax", 1, 5, 6),
        ("x = `a`\n", .syntaxError, "invalid syntax", 1, 5, 6),
    ]

    func compileError(_ source: String) -> SyntaxError? {
        do {
            _ = try compile(source: source, filename: "x.py")
            return nil
        } catch let e as SyntaxError {
            return e
        } catch {
            XCTFail("unexpected error type \(error)")
            return nil
        }
    }

    func test_syntaxErrors_matchCPythonMessagesAndPositions() {
        var mismatches: [String] = []
        for row in Self.verifiedWithCPython + Self.everydayMistakes + MatchSyntaxTests.verifiedWithCPython {
            guard let e = compileError(row.source) else {
                mismatches.append("\(row.source.debugDescription): compiled without error")
                continue
            }
            var problems: [String] = []
            if e.kind != row.kind { problems.append("kind \(e.kind.rawValue)") }
            if e.message != row.message { problems.append("message \(e.message.debugDescription)") }
            if e.line != row.line { problems.append("line \(e.line)") }
            if e.column != row.column { problems.append("column \(e.column)") }
            if let end = row.endColumn, e.endColumn != end { problems.append("endColumn \(String(describing: e.endColumn))") }
            if !problems.isEmpty {
                mismatches.append("\(row.source.debugDescription): expected \(row.message) @\(row.line):\(row.column); got " + problems.joined(separator: ", "))
            }
        }
        XCTAssert(mismatches.isEmpty, "\(mismatches.count) mismatches:\n" + mismatches.joined(separator: "\n"))
    }

    func test_parse_complexLiteral_compiles_andLettersAfterItAreInvalid() {
        XCTAssertNil(compileError("x = 1j + 1.5e3J + 01j\n"))
        XCTAssertEqual(compileError("x = 1jk\n")?.message, "invalid imaginary literal")
    }

    func test_parse_namedUnicodeEscape_raisesUnsupported() {
        XCTAssertEqual(compileError("x = '\\N{BULLET}'\n")?.message, "the tutor does not support \\N{...} escapes")
    }

    func test_pythonFormatted_ifWithAssignment_printsCaretsLikeCPython() {
        let e = compileError("x = 1\ny = 2\nif x = 1:\n    pass\n")
        XCTAssertEqual(e?.pythonFormatted, """
              File "x.py", line 3
                if x = 1:
                   ^^^^^
            SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
            """)
    }

    func test_parse_matchAsVariableName_isAllowed() {
        XCTAssertNil(compileError("match = 1\nmatch(x)\n"))
    }
}

extension ParserErrorTests {
    /// `Golden/syntax_errors.json` holds what `python3 x.py` (3.11.7) wrote to stderr for each
    /// erroneous program of the tables above; `pythonFormatted` must reproduce it exactly.
    func test_pythonFormatted_matchesCPythonStderr() throws {
        let url = GoldenDisTests.goldenDirectory.appendingPathComponent("syntax_errors.json")
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: String]])
        XCTAssertGreaterThan(rows.count, 100)
        for row in rows {
            let source = try XCTUnwrap(row["source"]), expected = try XCTUnwrap(row["stderr"])
            guard let e = compileError(source) else { XCTFail("\(source.debugDescription) compiled"); continue }
            XCTAssertEqual(e.pythonFormatted + "\n", expected, source.debugDescription)
        }
    }
}
