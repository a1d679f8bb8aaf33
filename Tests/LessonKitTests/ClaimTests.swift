import XCTest
@testable import LessonKit

/// `@claim`: its fixed grammar, the example it is about, what each predicate sees in a run, and
/// a translation that must repeat it word for word.
final class ClaimTests: XCTestCase {
    private let frontMatter = "---\nid: a\ntitle: T\nsummary: S\n---\n"

    private func parse(_ body: String) -> ParsedLesson {
        var parser = LessonParser(path: "x.md", directory: nil)
        return parser.parse(frontMatter + body)
    }

    private func run(_ stdout: String, status: Int32 = 0, stderr: String = "") -> Claim.Run {
        Claim.Run(stdout: stdout, stderr: stderr, status: status)
    }

    private func claim(_ text: String) throws -> Claim {
        let parsed = parse("## P\n@example race.py\n@claim \(text)\n")
        XCTAssertEqual(parsed.diagnostics, [])
        return try XCTUnwrap(parsed.claims.first)
    }

    func test_claim_isAboutThePagesLastExampleBeforeIt_withItsLine() {
        let parsed = parse("## P\n@example a.py\n@example b.py\n@claim every run: prints \"x  y\"\n")
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(parsed.claims, [Claim(quantifier: .every, predicate: .prints("x  y"), example: "b.py",
                                             text: "every run: prints \"x  y\"", line: 9)])
    }

    func test_claim_withoutAnExampleBeforeItOnThePage_isReported() {
        let parsed = parse("## P\n@example a.py\n## Q\nText.\n@claim every run: deadlocks\n")
        XCTAssertEqual(parsed.diagnostics.map(\.description), ["x.md:10:1: @claim must follow the @example it is about on the same page"])
        XCTAssertEqual(parsed.claims, [])
    }

    func test_claim_grammar_readsEachPredicate() throws {
        XCTAssertEqual(try claim("no run: prints \"lost 0\"").predicate, .prints("lost 0"))
        XCTAssertEqual(try claim("some run: prints /lost [1-9]/").predicate, .printsMatch("lost [1-9]"))
        XCTAssertEqual(try claim("every run: deadlocks").predicate, .deadlocks)
        XCTAssertEqual(try claim("every run: number after \"take\" >= 0.8").predicate, .number(after: "take", .atLeast, 0.8))
        XCTAssertEqual(try claim("every run: number after \"lost\" > 0").predicate, .number(after: "lost", .greater, 0))
        XCTAssertEqual(try claim("no run: deadlocks").quantifier, .no)
        XCTAssertEqual(try claim("every run: deadlocks").scope, .both)
        XCTAssertEqual(try claim("every run in the tutor: deadlocks").scope, .tutor)
        XCTAssertEqual(try claim("some run in python3: deadlocks").scope, .python3)
    }

    func test_claim_badGrammar_isReportedWithWhatWasExpected() {
        let cases = [
            ("always: deadlocks", "expected 'every run:', 'no run:' or 'some run:' before the behaviour"),
            ("every run deadlocks", "expected 'every run:', 'no run:' or 'some run:'"),
            ("every run in pypy: deadlocks", "expected 'in the tutor' or 'in python3' (or nothing) between 'run' and ':'"),
            ("every run: loses updates", "expected 'prints \"TEXT\"', 'prints /REGEX/', 'deadlocks' or 'number after \"TEXT\" >= N'"),
            ("every run: prints lost", "expected '\"TEXT\"' or '/REGEX/' after 'prints'"),
            ("every run: prints /(/", "'/(/' is not a valid regular expression"),
            ("every run: number after \"lost\" about 3", "expected a comparison ('>=', '<=', '>', '<' or '==') and a number after '\"lost\"'"),
        ]
        for (text, message) in cases {
            let parsed = parse("## P\n@example a.py\n@claim \(text)\n")
            XCTAssertEqual(parsed.diagnostics.map(\.description), ["x.md:8:1: @claim '\(text)': \(message)"], text)
        }
    }

    func test_prints_andRegex_lookAtStdout() throws {
        let text = try claim("every run: prints \"lost 0\"")
        XCTAssertTrue(text.evaluate(run("counter: 10 - lost 0\n")).holds)
        XCTAssertEqual(text.evaluate(run("lost 5\n")).observed, "its output has no \"lost 0\"")
        let regex = try claim("every run: prints /^balance [0-9]+, expected 200$/")
        XCTAssertTrue(regex.evaluate(run("x\nbalance 137, expected 200\n")).holds)
        XCTAssertFalse(regex.evaluate(run("balance 137, expected 200 (no)\n")).holds)
    }

    func test_numberAfter_readsTheFirstNumberAfterTheLabel() throws {
        XCTAssertEqual(Claim.number(after: "lost", in: "counter: 512,345 of 600000 - lost 87,655\n"), 87655)
        XCTAssertEqual(Claim.number(after: "take", in: "CPU: 4 threads take 1.0x the serial time"), 1.0)
        XCTAssertEqual(Claim.number(after: "balance", in: "deposit_unsafe: balance 137, expected 200"), 137)
        XCTAssertEqual(Claim.number(after: "ratio", in: "ratio: 0.9."), 0.9)
        XCTAssertNil(Claim.number(after: "lost", in: "nothing lost here"))
        let ratio = try claim("every run: number after \"take\" >= 0.8")
        XCTAssertEqual(ratio.evaluate(run("4 threads take 0.5x\n")).observed, "the number after \"take\" was 0.5")
        XCTAssertFalse(ratio.evaluate(run("4 threads take 0.5x\n")).holds)
        XCTAssertTrue(ratio.evaluate(run("4 threads take 1.1x\n")).holds)
        XCTAssertEqual(ratio.evaluate(run("no ratio\n")).observed, "its output has no number after \"take\"")
    }

    func test_deadlocks_needsStatus3AndTheReport() throws {
        let deadlock = try claim("every run: deadlocks")
        XCTAssertTrue(deadlock.evaluate(run("a\n", status: 3, stderr: "deadlock: t1 waits for lock\n")).holds)
        XCTAssertFalse(deadlock.evaluate(run("a\n", status: 3, stderr: "")).holds)
        XCTAssertEqual(deadlock.evaluate(run("a\n")).observed, "it exited 0 without a deadlock")
    }

    func test_translation_mustRepeatTheClaimExactly() {
        let english = parse("## P\n@example a.py\n@claim every run: prints \"lost 0\"\n")
        let same = parse("## 页\n@example a.py\n@claim every run: prints \"lost 0\"\n")
        XCTAssertEqual(TranslationCheck.compare(original: english, translation: same, path: "x.zh.md"), [])
        let other = parse("## 页\n@example a.py\n@claim no run: prints \"lost 0\"\n")
        XCTAssertEqual(TranslationCheck.compare(original: english, translation: other, path: "x.zh.md").map(\.description),
                       ["x.zh.md:8:1: page 1: @claim no run: prints \"lost 0\" where lesson.md line 8 has @claim every run: prints \"lost 0\""])
        let missing = parse("## 页\n@example a.py\n")
        XCTAssertEqual(TranslationCheck.compare(original: english, translation: missing, path: "x.zh.md").map(\.description),
                       ["x.zh.md:6:1: page 1 lacks the @claim every run: prints \"lost 0\" of lesson.md line 8"])
    }
}
