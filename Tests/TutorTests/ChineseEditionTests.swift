import Foundation
import LessonKit
import TerminalUI
import TestSupport
import Trace
import XCTest
@testable import Tutor
@testable import TutorFixtures

/// The Chinese edition through the app at 80x24, on the e2e course (lesson 1 translated,
/// lesson 2 not): chosen by the locale, switched with L, remembered, and the run view's words.
final class ChineseEditionTests: XCTestCase {
    var dataDirectory: URL!

    override func setUp() {
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("zh-tests-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    var store: ProgressStore { ProgressStore(url: dataDirectory.appendingPathComponent("progress.json")) }

    func makeApp(_ terminal: MemoryTerminal, language: Language? = nil, environment: [String: String] = ["LANG": "zh_CN.UTF-8"]) -> TutorApp {
        let (catalog, diagnostics) = Catalog.load(from: TutorAppTests.courseRoot)
        XCTAssertEqual(diagnostics, [])
        return TutorApp(terminal: terminal, catalog: catalog, store: store, language: language, environment: environment)
    }

    @discardableResult
    func drive(_ terminal: MemoryTerminal, _ app: TutorApp, _ keys: Key...) -> String {
        terminal.enqueue(keys)
        _ = app.run()
        return terminal.screenText
    }

    func test_zhLocale_lessonList_at80x24_isChinese() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let text = drive(terminal, makeApp(terminal))
        XCTAssertTrue(text.contains("课程：Python 并发模型"), text)
        XCTAssertTrue(text.contains("第一步"), text)
        // Lesson 2 has no translation: its English title, marked.
        XCTAssertTrue(text.contains("Second lesson"), text)
        XCTAssertTrue(text.contains("英文  共 1 页"), text)
        XCTAssertTrue(text.contains("L English"), text)
        assertSnapshot(text, named: "zh-lesson-list-80x24")
    }

    func test_zhLocale_readerPage_wrapsChineseWithKinsoku_andMatchesSnapshot() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let text = drive(terminal, makeApp(terminal), .enter)
        XCTAssertTrue(text.contains("第 1/3 页"), text)
        XCTAssertTrue(text.contains("示例课程的第一页"), text)
        for line in text.split(separator: "\n") {
            // Inside the frame: "│ " then the text; no line of the page starts with a closing mark.
            let inner = line.dropFirst(2)
            if let first = inner.first { XCTAssertFalse(LineBreak.noLineStart.contains(first), String(line)) }
            XCTAssertLessThanOrEqual(displayWidth(String(line)), 80)
        }
        assertSnapshot(text, named: "zh-reader-page1-80x24")
    }

    func test_zh_untranslatedLesson_showsTheEnglishUnderAMarker() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let text = drive(terminal, makeApp(terminal), .down, .enter)
        XCTAssertTrue(text.contains("本课还没有中文译本，下面显示的是英文原文。"), text)
        XCTAssertTrue(text.contains("Second lesson text."), text)
    }

    func test_zh_questionAndHint_areInChinese() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = makeApp(terminal)
        XCTAssertTrue(drive(terminal, app, .enter, .right).contains("提示：按 h 显示"))
        XCTAssertTrue(drive(terminal, app, .character("h")).contains("提示：这个示例只打印一行。"))
        let answered = drive(terminal, app, .right, .character("1"))
        XCTAssertTrue(answered.contains("不对，正确答案是 2。"), answered)
        XCTAssertTrue(answered.contains("预测 1："), answered)
    }

    func test_languageKey_switchesAtOnce_keepsThePage_andIsRemembered() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = makeApp(terminal, environment: [:])
        XCTAssertTrue(drive(terminal, app, .enter, .right).contains("page 2 of 3"))
        let switched = drive(terminal, app, .character("L"))
        XCTAssertTrue(switched.contains("第 2/3 页"), switched)
        XCTAssertTrue(switched.contains("代码"), switched)
        XCTAssertTrue(switched.contains("已切换到中文"), switched)
        let help = drive(terminal, app, .character("?"))
        XCTAssertTrue(help.contains("English（切换到英文）"), help)
        XCTAssertTrue(help.contains("帮助：01 第一步"), help)
        drive(terminal, app, .escape)
        let data = try Data(contentsOf: dataDirectory.appendingPathComponent("progress.json"))
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains(#""language" : "zh""#))
        // The next session starts in Chinese with no locale; --lang en still wins.
        let next = MemoryTerminal(size: Size(width: 80, height: 24))
        XCTAssertTrue(drive(next, makeApp(next, environment: [:])).contains("课程：Python 并发模型"))
        let english = MemoryTerminal(size: Size(width: 80, height: 24))
        XCTAssertTrue(drive(english, makeApp(english, language: .en)).contains("Course: Python's concurrency model"))
        // And back: L again is English.
        let back = drive(next, makeApp(next, environment: [:]), .character("L"))
        XCTAssertTrue(back.contains("Course: Python's concurrency model"), back)
    }

    func test_languageKey_keepsRevealedHintsAndAnswers_thoughTheTranslationHasMoreParagraphs() {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 40))
        let app = makeApp(terminal, environment: [:])
        XCTAssertTrue(drive(terminal, app, .enter, .right, .character("h")).contains("Hint: The example prints one line."))
        XCTAssertTrue(drive(terminal, app, .character("L")).contains("提示：这个示例只打印一行。"))
        XCTAssertTrue(drive(terminal, app, .right, .character("1")).contains("不对，正确答案是 2。"))
        XCTAssertTrue(drive(terminal, app, .character("L")).contains("Not quite: the answer is 2."))
    }

    func test_zh_corruptProgressFile_isExplainedInChinese() throws {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: dataDirectory.appendingPathComponent("progress.json"))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let text = drive(terminal, makeApp(terminal))
        let joined = text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        XCTAssertTrue(joined.contains("没有使用学习进度文件"), text)
        XCTAssertTrue(joined.contains("因为它不是有效的进度JSON。原文件已保存为"), text)
        XCTAssertTrue(joined.contains("这次从零开始记录进度。"), text)
    }

    func test_zh_readerShowsTheExampleWithTranslatedComments() {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let text = drive(terminal, makeApp(terminal), .enter, .right)
        XCTAssertTrue(text.contains("打印一行问候"), text)
        XCTAssertTrue(text.contains("示例：hello.py"), text)
    }

    // MARK: - Run view

    func test_zh_runView_deadlock_at80x24_isChinese() {
        let sample = SampleRuns.deadlock()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = TutorApp(terminal: terminal, watching: sample.makeSource(), request: RunRequest(path: sample.path, source: sample.source),
                           factory: nil, language: .zh)
        let text = drive(terminal, app, .character("G"))
        for word in ["死锁", "栈帧", "锁", "输出", "时间线", "持有者", "等待者：", "已结束", "b：后退  g：重放"] {
            XCTAssertTrue(text.contains(word), "\(word):\n\(text)")
        }
        assertSnapshot(text, named: "zh-runview-deadlock-80x24")
    }

    func test_runView_chineseInCodeAndOutput_keepsEveryPaneAligned() throws {
        let program = """
        # 两个线程轮流打印中文
        import threading
        def 工作(名字):
            print(f"线程 {名字}：完成（共 3 步）")  # 输出含全角标点
        ts = [threading.Thread(target=工作, args=(n,)) for n in ("甲", "乙")]
        for t in ts: t.start()
        for t in ts: t.join()
        print("全部结束。")

        """
        let request = RunRequest(path: "中文.py", source: program)
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = TutorApp(terminal: terminal, watching: try request.engineRun(), request: request, factory: nil, language: .zh)
        terminal.enqueue([.character("G")])
        _ = app.run()
        let lines = terminal.screenText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines.contains { $0.contains("线程 乙：完成（共 3 步）") }, terminal.screenText)
        XCTAssertTrue(lines.contains { $0.contains("全部结束。") }, terminal.screenText)
        XCTAssertTrue(lines.contains { $0.contains("# 两个线程轮流打印中文") }, terminal.screenText)
        // Rows 1-16 are the code, frames, locks and output panes: each ends with a border at column 80.
        for row in 1...16 {
            XCTAssertEqual(displayWidth(lines[row]), 80, "row \(row): \(lines[row])")
            XCTAssertTrue(lines[row].hasSuffix("│") || lines[row].hasSuffix("┐") || lines[row].hasSuffix("┘"), "row \(row): \(lines[row])")
        }
        // The code pane's right border stands in the same column (39) on every row, however
        // much Chinese the code holds or wherever a wide character meets the pane's edge.
        func character(atColumn target: Int, of line: String) -> Character? {
            var column = 0
            for character in line {
                if column == target { return character }
                column += displayWidth(character)
                if column > target { return nil }  // a wide character straddles the column
            }
            return nil
        }
        for row in 1...15 {
            XCTAssertTrue(["│", "┐", "┘"].contains(character(atColumn: 39, of: lines[row])), "row \(row): \(lines[row])")
        }
    }

    func test_deadlockReport_fromTheEngine_isReworded() throws {
        let program = """
        import threading, time
        a = threading.Lock()
        b = threading.Lock()
        def one():
            with a:
                time.sleep(0.1)
                with b:
                    pass
        def two():
            with b:
                time.sleep(0.1)
                with a:
                    pass
        t1 = threading.Thread(target=one)
        t2 = threading.Thread(target=two)
        t1.start(); t2.start()
        t1.join(); t2.join()

        """
        let source = try RunRequest(path: "deadlock.py", source: program).engineRun()
        for _ in 0..<1_000 where source.ending == nil { source.advance(instructions: 10_000) }
        let report = try XCTUnwrap(source.ending?.deadlockReport)
        let chinese = DeadlockReportText.chinese(report)
        XCTAssertTrue(chinese.hasPrefix("死锁：所有线程都已阻塞，也没有待触发的定时器\n"), chinese)
        XCTAssertTrue(chinese.contains("循环等待："), chinese)
        XCTAssertTrue(chinese.contains(" 在第 "), chinese)
        for english in ["deadlock:", "cycle:", " waits for ", " held by ", " holds ", " at line ", " and "] {
            XCTAssertFalse(chinese.contains(english), "'\(english)' left in:\n\(chinese)")
        }
    }

    func test_deadlockReportOfProcesses_readsInChinese() throws {
        let program = """
        import os
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.read(r, 1)
        else:
            os.waitpid(pid, 0)

        """
        let source = try RunRequest(path: "pipes.py", source: program).engineRun()
        for _ in 0..<1_000 where source.ending == nil { source.advance(instructions: 10_000) }
        let report = try XCTUnwrap(source.ending?.deadlockReport)
        let chinese = DeadlockReportText.chinese(report)
        XCTAssertTrue(report.contains("child process 4243 to exit (os.waitpid)") || report.contains("data on pipe descriptor 3 (os.read)"), report)
        XCTAssertTrue(chinese.contains("  进程 4242：\n") && chinese.contains("  进程 4243：\n"), chinese)
        for english in ["deadlock:", " waits for ", "to exit (os.waitpid)", "(os.read)", "process "] {
            XCTAssertFalse(chinese.contains(english), "'\(english)' left in:\n\(chinese)")
        }
    }

    // MARK: - The tables

    /// Every text and help list of the Chinese table is its own (a forgotten entry would show
    /// English); the few that are the same in both languages are listed. (Mirror cannot call the
    /// formatting closures; the screen tests above read those.)
    func test_chineseTable_translatesEveryText() {
        // Python's method and system call names, and the column heads `ps` prints, in both.
        let same: Set<String> = ["join", "forkLegend", "pidHeader", "ppidHeader"]
        let english = Dictionary(uniqueKeysWithValues: Mirror(reflecting: Strings.english).children.compactMap { child in
            child.label.map { ($0, child.value) }
        })
        var checked = 0
        for child in Mirror(reflecting: Strings.chinese).children {
            guard let label = child.label, !same.contains(label) else { continue }
            switch (child.value, english[label]) {
            case let (zh as String, en as String):
                checked += 1
                XCTAssertNotEqual(zh, en, label)
            case let (zh as [Strings.Hint], en as [Strings.Hint]):
                checked += 1
                XCTAssertEqual(zh.map(\.key), en.map(\.key), label)
                XCTAssertNotEqual(zh.map(\.action), en.map(\.action), label)
            default:
                break
            }
        }
        XCTAssertGreaterThan(checked, 90)
    }
}
