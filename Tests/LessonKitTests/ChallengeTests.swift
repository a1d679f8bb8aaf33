import XCTest
@testable import LessonKit

/// `@challenge FILE [MODE] GOAL`: the four goals, the page's example, and each problem
/// reported as `file:line:col: message`.
final class ChallengeTests: XCTestCase {
    private func parse(_ body: String) -> ParsedLesson { LessonBody.parse(body) }
    private func problems(_ body: String) -> [String] { LessonBody.problems(body) }

    func test_challenge_eachGoal_isReadWithItsMode_andThePageShowsTheProgram() {
        let cases: [(String, ChallengeGoal, String)] = [
            ("d.py deadlock", .deadlock, "every"),
            ("e.py cpython exception AssertionError", .exception("AssertionError"), "cpython"),
            ("c.py every two threads inside the critical section", .criticalSection, "every"),
            ("o.py output counter = 1", .output("counter = 1"), "every"),
        ]
        for (argument, goal, mode) in cases {
            let parsed = parse("## P\nText.\n@challenge \(argument)\n")
            XCTAssertEqual(parsed.diagnostics, [], argument)
            let file = String(argument.prefix { $0 != " " })
            XCTAssertEqual(parsed.pages.first?.challenge, Challenge(file: file, goal: goal, switchPoints: mode, line: 8), argument)
            XCTAssertEqual(parsed.pages.first?.blocks.last, .example(file: file), argument)
        }
    }

    func test_challenge_goalText_roundTripsThroughItsDescription() {
        for goal in [ChallengeGoal.deadlock, .exception("ValueError"), .criticalSection, .output("x = 2")] {
            XCTAssertEqual(ChallengeGoal.parse(goal.description), goal)
        }
    }

    func test_challenge_problems_areReportedAtTheirLineAndColumn() {
        XCTAssertEqual(problems("## P\n@challenge d.py\n"), [
            "x.md:7:1: @challenge needs a file and a goal (e.g. '@challenge flags.py two threads inside the critical section')",
        ])
        XCTAssertEqual(problems("## P\n@challenge d.py win the game\n"), [
            "x.md:7:17: unknown challenge goal 'win the game' (expected 'deadlock', 'exception NAME', "
                + "'two threads inside the critical section' or 'output TEXT')",
        ])
        XCTAssertEqual(problems("## P\n@challenge d.py exception Not An Identifier\n"), [
            "x.md:7:17: unknown challenge goal 'exception Not An Identifier' (expected 'deadlock', 'exception NAME', "
                + "'two threads inside the critical section' or 'output TEXT')",
        ])
        XCTAssertEqual(problems("## P\n@challenge d.py deadlock\n@challenge e.py deadlock\n"), [
            "x.md:8:1: a page has at most one @challenge (this page's is on line 7)",
        ])
        XCTAssertEqual(problems("## P\n@details D\n@challenge d.py deadlock\nText.\n@end\n"), [
            "x.md:8:1: '@challenge' is not allowed inside a @details block (opened on line 7); close it with '@end' first",
        ])
        XCTAssertEqual(problems("## P\n@challenge d.txt deadlock\n"), [
            "x.md:7:12: example file 'd.txt' is not a .py file",
        ])
    }

    func test_challenge_criticalSectionGoal_needsTheMarkerInTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("challenge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "x = 1\n".write(to: folder.appendingPathComponent("plain.py"), atomically: true, encoding: .utf8)
        try "x = 1\ny = 2  # critical section\n".write(to: folder.appendingPathComponent("marked.py"), atomically: true, encoding: .utf8)
        var parser = LessonParser(path: "x.md", directory: folder)
        let parsed = parser.parse(LessonBody.frontMatter + "## P\n@challenge plain.py two threads inside the critical section\n"
            + "## Q\n@challenge marked.py two threads inside the critical section\n")
        XCTAssertEqual(parsed.diagnostics.map(\.description), [
            "x.md:7:21: the goal needs lines marked '# critical section' in plain.py",
        ])
        XCTAssertEqual(Challenge.criticalLines(in: "x = 1\ny = 2  # critical section\n"), [2])
    }

    func test_challenge_translationWithAnotherGoal_isOutOfStep() {
        var english = LessonParser(path: "lesson.md", directory: nil)
        var chinese = LessonParser(path: "lesson.zh.md", directory: nil)
        let original = english.parse(LessonBody.frontMatter + "## P\n@challenge d.py deadlock\n")
        let translation = chinese.parse(LessonBody.frontMatter + "## P\n@challenge d.py exception AssertionError\n")
        XCTAssertEqual(TranslationCheck.compare(original: original, translation: translation, path: "lesson.zh.md").map(\.description), [
            "lesson.zh.md:7:1: page 1: @challenge d.py every exception AssertionError where lesson.md line 7 has @challenge d.py every deadlock",
        ])
        XCTAssertEqual(TranslationCheck.compare(original: original, translation: original, path: "lesson.zh.md"), [])
    }

    func test_progress_solvedChallenges_areKeptSorted_andOldFilesLoadWithout() throws {
        var progress = LearnerProgress()
        progress.markSolved("threads/b.py")
        progress.markSolved("threads/a.py")
        progress.markSolved("threads/b.py")
        XCTAssertEqual(progress.solvedChallenges, ["threads/a.py", "threads/b.py"])
        let decoded = try JSONDecoder().decode(LearnerProgress.self, from: Data(#"{"lastPage":{}}"#.utf8))
        XCTAssertEqual(decoded.solvedChallenges, [])
        let again = try JSONDecoder().decode(LearnerProgress.self, from: JSONEncoder().encode(progress))
        XCTAssertTrue(again.isSolved("threads/a.py"))
    }
}
