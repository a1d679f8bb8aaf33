import Foundation
import XCTest
@testable import LessonKit

/// A translation beside each lesson file: loaded for the Chinese edition, held in step with the
/// English by `check`, each kind of mismatch reported at its line in words of its own.
final class TranslationTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("translation-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("01-locks"), withIntermediateDirectories: true)
        try write("lesson.md", Self.english)
        try write("hello.py", "# Say hello.\nprint(\"hello\")  # once\nx = '# not a comment'\n")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent("01-locks").appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The course loaded with a short display root, so messages read `course/01-locks/...`.
    private func load() -> Catalog {
        Catalog.load(from: root).0
    }

    private func problems() -> [String] {
        load().problems.map { $0.description.replacingOccurrences(of: root.relativePath, with: "course") }
    }

    static let english = """
    ---
    id: locks
    title: Locks
    summary: One thread at a time.
    ---

    ## First

    A lock lets one thread in.

    @example hello.py
    @hint Look at the lock.

    ## Second

    @details Timings
    Measured on a laptop.
    @end

    @question What prints?
    - [ ] a
    - [x] b
    - [ ] c
    @explain Because.
    @end
    """

    /// The Chinese text with its body replaced by `body` (front matter kept).
    static func chinese(_ body: String, id: String = "locks") -> String {
        "---\nid: \(id)\ntitle: 锁\nsummary: 一次只让一个线程进入。\n---\n\n" + body
    }

    static let chineseBody = """
    ## 第一页

    锁一次只放一个线程进去。

    @example hello.py
    @hint 看看那把锁。

    ## 第二页

    @details 计时
    在笔记本电脑上测得。
    @end

    @question 会打印什么？
    - [ ] a
    - [x] b
    - [ ] c
    @explain 因为如此。
    @end
    """

    // MARK: - In step

    func test_translationInStep_hasNoProblems_andTheChineseEditionShowsIt() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody))
        try write("hello.zh.py", "# 打个招呼。\nprint(\"hello\")  # 一次\nx = '# not a comment'   \n")
        let catalog = load()
        XCTAssertEqual(catalog.problems, [])
        XCTAssertEqual(catalog.warnings, [])
        let zh = try XCTUnwrap(catalog.localized(.zh).lesson(id: "locks"))
        XCTAssertEqual(zh.title, "锁")
        XCTAssertEqual(zh.pages.map(\.title), ["第一页", "第二页"])
        XCTAssertFalse(zh.isFallback)
        XCTAssertEqual(zh.url(ofExample: "hello.py").lastPathComponent, "hello.zh.py")
        let en = try XCTUnwrap(catalog.localized(.zh).localized(.en).lesson(id: "locks"))
        XCTAssertEqual(en.title, "Locks")
        XCTAssertEqual(en.url(ofExample: "hello.py").lastPathComponent, "hello.py")
    }

    func test_missingTranslation_isAWarning_andTheChineseEditionFallsBackToEnglish() throws {
        let catalog = load()
        XCTAssertEqual(catalog.problems, [])
        XCTAssertEqual(catalog.warnings.map(\.message),
                       ["no translation (lesson.zh.md is missing): the zh edition shows this lesson in English"])
        XCTAssertTrue(catalog.warnings[0].path.hasSuffix("01-locks/lesson.zh.md"))
        let zh = try XCTUnwrap(catalog.localized(.zh).lesson(id: "locks"))
        XCTAssertTrue(zh.isFallback)
        XCTAssertEqual(zh.title, "Locks")
        XCTAssertFalse(catalog.localized(.en).lessons[0].isFallback)
    }

    // MARK: - Out of step: one message per kind

    func test_fewerPages_isReportedWithBothCounts() throws {
        try write("lesson.zh.md", Self.chinese("## 第一页\n\n@example hello.py\n@hint 提示。\n"))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:7:1: 1 page where lesson.md has 2"])
    }

    func test_missingExample_namesTheEnglishLine() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody.replacingOccurrences(of: "@example hello.py\n", with: "")))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:11:1: page 1: @hint where lesson.md line 11 has @example hello.py"])
    }

    func test_otherExampleFile_isReported() throws {
        try write("other.py", "print(1)\n")
        try write("lesson.zh.md", Self.chinese(Self.chineseBody.replacingOccurrences(of: "@example hello.py", with: "@example other.py")))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:11:1: page 1: @example other.py where lesson.md line 11 has @example hello.py"])
    }

    func test_extraHint_isReported() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody.replacingOccurrences(of: "@hint 看看那把锁。", with: "@hint 看看那把锁。\n\n@hint 再看一次。")))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:14:1: page 1 has a @hint that lesson.md does not have"])
    }

    func test_lastHintMissing_saysWhatIsLacking() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody.replacingOccurrences(of: "@hint 看看那把锁。\n", with: "")))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:7:1: page 1 lacks the @hint of lesson.md line 12"])
    }

    func test_questionWithAnotherAnswer_isReported() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody.replacingOccurrences(of: "- [ ] a\n- [x] b", with: "- [x] a\n- [ ] b")))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:20:1: page 2: question's answer is choice 1 where lesson.md line 20 has choice 2"])
    }

    func test_questionWithFewerChoices_isReported() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody.replacingOccurrences(of: "- [ ] c\n", with: "")))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:20:1: page 2: question has 2 choices where lesson.md line 20 has 3"])
    }

    func test_detailsInPlaceOfAQuestion_isReported() throws {
        let body = Self.chineseBody.replacingOccurrences(of: "@details 计时\n在笔记本电脑上测得。\n@end\n\n", with: "")
        try write("lesson.zh.md", Self.chinese(body))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:16:1: page 2: @question (3 choices, answer 2) where lesson.md line 16 has @details block"])
    }

    func test_differentID_isReported() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody, id: "mutex"))
        XCTAssertEqual(problems(), ["course/01-locks/lesson.zh.md:2:1: id 'mutex' differs from lesson.md's id 'locks'"])
    }

    func test_translationsOwnParseProblems_areReportedAtItsPath() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody.replacingOccurrences(of: "@explain 因为如此。\n", with: "")))
        XCTAssertEqual(problems(), [
            "course/01-locks/lesson.zh.md:14:1: page 2 lacks the @question (3 choices, answer 2) of lesson.md line 20",
            "course/01-locks/lesson.zh.md:20:1: question has no explanation (add '@explain ...')",
        ])
    }

    // MARK: - Examples with translated comments

    func test_exampleWithOtherCode_isAnErrorAtTheLine_andIsNotUsed() throws {
        try write("lesson.zh.md", Self.chinese(Self.chineseBody))
        try write("hello.zh.py", "# 打个招呼。\nprint(\"你好\")\nx = '# not a comment'\n")
        XCTAssertEqual(problems(), ["course/01-locks/hello.zh.py:2:1: code differs from hello.py line 2 (only comments may be translated): "
                                        + "'print(\"你好\")' where hello.py has 'print(\"hello\")'"])
        let zh = try XCTUnwrap(load().localized(.zh).lesson(id: "locks"))
        XCTAssertEqual(zh.url(ofExample: "hello.py").lastPathComponent, "hello.py")
    }

    func test_hashInsideAString_isCode() throws {
        try write("hello.zh.py", "# 打个招呼。\nprint(\"hello\")\nx = '# changed'\n")
        XCTAssertEqual(problems(), ["course/01-locks/hello.zh.py:3:1: code differs from hello.py line 3 (only comments may be translated): "
                                        + "'x = '# changed'' where hello.py has 'x = '# not a comment''"])
    }

    func test_extraCommentLine_shiftsTheCode_andIsAnError() throws {
        try write("hello.zh.py", "# 打个招呼。\n# 第二行注释\nprint(\"hello\")\nx = '# not a comment'\n")
        XCTAssertEqual(problems().first?.hasPrefix("course/01-locks/hello.zh.py:2:1: code differs from hello.py line 2"), true)
    }

    func test_withoutComments_keepsTripleQuotedStringsAcrossLines() {
        let source = "s = \"\"\"a # b\nc # d\"\"\"  # e\n# f\nt = 1 # g\n"
        XCTAssertEqual(PythonCode.withoutComments(source), ["s = \"\"\"a # b", "c # d\"\"\"", "", "t = 1"])
    }

    // MARK: - Choosing the language

    func test_resolve_followsTheDocumentedOrder() {
        XCTAssertEqual(Language.resolve(explicit: .en, remembered: .zh, environment: ["CONCURRENCY_TUTOR_LANG": "zh", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(Language.resolve(remembered: .en, environment: ["CONCURRENCY_TUTOR_LANG": "zh"]), .zh)
        XCTAssertEqual(Language.resolve(remembered: .zh, environment: ["LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(Language.resolve(environment: ["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language.resolve(environment: ["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]), .zh)
        // POSIX: LC_ALL wins over LANG, even when it is not Chinese.
        XCTAssertEqual(Language.resolve(environment: ["LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(Language.resolve(environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language.resolve(environment: ["CONCURRENCY_TUTOR_LANG": "klingon", "LANG": "zh_CN"]), .zh)
        XCTAssertEqual(Language.resolve(environment: [:]), .en)
    }

    func test_progress_remembersTheLanguage_andForgetsAnUnknownOne() throws {
        var progress = LearnerProgress()
        progress.language = .zh
        let data = try JSONEncoder().encode(progress)
        XCTAssertEqual(try JSONDecoder().decode(LearnerProgress.self, from: data).language, .zh)
        let unknown = try JSONDecoder().decode(LearnerProgress.self, from: Data(#"{"language": "fr", "lastPage": {"a": 2}}"#.utf8))
        XCTAssertNil(unknown.language)
        XCTAssertEqual(unknown.lastPage, ["a": 2])
    }
}
