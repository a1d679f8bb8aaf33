import XCTest
@testable import PyLang

final class TokenizerTests: XCTestCase {
    /// Token texts, with structural tokens shown by kind name.
    func texts(_ src: String) throws -> [String] {
        try tokenize(src, filename: "x.py").map {
            ["NEWLINE", "INDENT", "DEDENT", "ENDMARKER"].contains($0.kind) ? $0.kind : $0.text
        }
    }

    func error(_ src: String) -> SyntaxError? {
        do { _ = try tokenize(src, filename: "x.py"); return nil } catch { return error as? SyntaxError }
    }

    // MARK: - Indentation

    func test_tokenize_nestedBlocks_emitsIndentAndDedents() throws {
        XCTAssertEqual(try texts("if a:\n    if b:\n        c\nd\n"), [
            "if", "a", ":", "NEWLINE", "INDENT", "if", "b", ":", "NEWLINE", "INDENT", "c", "NEWLINE",
            "DEDENT", "DEDENT", "d", "NEWLINE", "ENDMARKER",
        ])
    }

    func test_tokenize_blankLinesAndComments_doNotChangeIndentation() throws {
        XCTAssertEqual(try texts("if a:\n    b\n\n      # comment\n    c\n"), [
            "if", "a", ":", "NEWLINE", "INDENT", "b", "NEWLINE", "c", "NEWLINE", "DEDENT", "ENDMARKER",
        ])
    }

    func test_tokenize_missingFinalNewline_addsNewlineAndDedents() throws {
        XCTAssertEqual(try texts("if a:\n    b"), ["if", "a", ":", "NEWLINE", "INDENT", "b", "NEWLINE", "DEDENT", "ENDMARKER"])
    }

    func test_tokenize_dedentToUnknownLevel_raisesIndentationError() {
        let e = error("if a:\n    b\n  c\n")
        XCTAssertEqual(e?.kind, .indentationError)
        XCTAssertEqual(e?.message, "unindent does not match any outer indentation level")
        XCTAssertEqual(e?.line, 3)
    }

    func test_tokenize_tabsAsCPython_tabAlignsToEight() throws {
        XCTAssertEqual(try texts("if a:\n\tb\n\tc\n"), ["if", "a", ":", "NEWLINE", "INDENT", "b", "NEWLINE", "c", "NEWLINE", "DEDENT", "ENDMARKER"])
    }

    func test_tokenize_inconsistentTabsAndSpaces_raisesTabError() {
        XCTAssertEqual(error("if a:\n\tb\n        c\n")?.kind, .tabError)
    }

    func test_tokenize_bracketsJoinLines_noNewlineOrIndentInside() throws {
        XCTAssertEqual(try texts("x = (1,\n        2)\ny\n"), ["x", "=", "(", "1", ",", "2", ")", "NEWLINE", "y", "NEWLINE", "ENDMARKER"])
    }

    func test_tokenize_backslashContinuation_joinsLines() throws {
        XCTAssertEqual(try texts("x = 1 + \\\n    2\n"), ["x", "=", "1", "+", "2", "NEWLINE", "ENDMARKER"])
    }

    func test_tokenize_unclosedParen_reportsOpeningPosition() {
        let e = error("x = [1,\ny = 2\n")
        XCTAssertEqual(e?.message, "'[' was never closed")
        XCTAssertEqual(e?.line, 1)
        XCTAssertEqual(e?.column, 5)
    }

    func test_tokenize_mismatchedParen_raisesSyntaxError() {
        XCTAssertEqual(error("x = (1]\n")?.message, "closing parenthesis ']' does not match opening parenthesis '('")
    }

    // MARK: - Strings

    func test_tokenize_stringPrefixesAndTriples_areSingleTokens() throws {
        XCTAssertEqual(try texts("r'a\\n' b\"x\" f'{y}' '''t\nu''' rb'z'\n"),
                       ["r'a\\n'", "b\"x\"", "f'{y}'", "'''t\nu'''", "rb'z'", "NEWLINE", "ENDMARKER"])
    }

    func test_tokenize_unterminatedString_reportsDetectedLine() {
        let e = error("x = 'abc\n")
        XCTAssertEqual(e?.message, "unterminated string literal (detected at line 1)")
        XCTAssertEqual(e?.column, 5)
    }

    func test_tokenize_unterminatedTripleQuote_raisesSyntaxError() {
        XCTAssertEqual(error("x = '''abc\ndef\n")?.message, "unterminated triple-quoted string literal (detected at line 2)")
    }

    func test_tokenize_stringWithEscapedNewline_continues() throws {
        XCTAssertEqual(try texts("x = 'a\\\nb'\n"), ["x", "=", "'a\\\nb'", "NEWLINE", "ENDMARKER"])
    }

    // MARK: - Numbers

    func test_tokenize_numberForms_areSingleTokens() throws {
        XCTAssertEqual(try texts("1_000 0xFF 0o17 0b101 1.5 1e10 1_000.5 .5 3.\n"),
                       ["1_000", "0xFF", "0o17", "0b101", "1.5", "1e10", "1_000.5", ".5", "3.", "NEWLINE", "ENDMARKER"])
    }

    func test_tokenize_numberFollowedByLetters_raisesInvalidDecimalLiteral() {
        XCTAssertEqual(error("x = 1abc\n")?.message, "invalid decimal literal")
    }

    func test_tokenize_numberBeforeKeyword_isAllowed() throws {
        XCTAssertEqual(try texts("x = 1if y else 2\n").prefix(4), ["x", "=", "1", "if"])
    }

    func test_numberLiteral_bigValues_stayExact() {
        XCTAssertEqual(numberLiteral("123456789012345678901234567890"), .bigInt("123456789012345678901234567890"))
        XCTAssertEqual(numberLiteral("0xFFFFFFFFFFFFFFFFFFFF"), .bigInt("1208925819614629174706175"))
        XCTAssertEqual(numberLiteral("1_000"), .int(1000))
        XCTAssertEqual(numberLiteral("0b1010"), .int(10))
        XCTAssertEqual(numberLiteral("1_000.5"), .float(1000.5))
        XCTAssertEqual(numberLiteral("3."), .float(3.0))
    }

    func test_tokenize_operators_longestMatch() throws {
        XCTAssertEqual(try texts("a **= b // c -> d := e ... != f\n").dropLast(2),
                       ["a", "**=", "b", "//", "c", "->", "d", ":=", "e", "...", "!=", "f"])
    }
}
