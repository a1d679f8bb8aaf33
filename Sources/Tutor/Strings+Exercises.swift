import Foundation
import LessonKit
import Machine

/// The words of `exercise` and `watch --rerun`, in English and Chinese. Kept apart from
/// `Strings` so the two commands' many lines do not crowd the app's table.
public struct ExerciseStrings {
    public var listHeading = "Exercises (concurrency-tutor exercise NAME opens one):"
    public var listLine: (Bool, String, String) -> String = { "  [\($0 ? "x" : " ")] \($1)  \($2)" }
    public var allSolved = "All exercises are solved. 'concurrency-tutor exercise --reset NAME' starts one again."
    public var heading: (String, String) -> String = { "== Exercise \($0): \($1) ==" }
    public var yourCopy: (String) -> String = { "Your copy to fix: \($0)" }
    public var mustStill: (String, Int) -> String = { output, threads in
        "A fix must still print exactly this, and start at least \(threads) thread\(threads == 1 ? "" : "s"):\n" + output
    }
    public var editElsewhere = "Edit it in any editor: each save is checked here."
    public var keys = "Type h and Enter for a hint, e to open the editor again, q to quit; Ctrl-C also stops."
    public var keysNoEditor = "Type h and Enter for a hint, q to quit; Ctrl-C also stops."
    public var checking: (String) -> String = { "checking \($0) …" }
    public var outputHeading = "--- output ---"
    public var failingOutputHeading = "--- output of the failing run ---"
    public var rule = "---"
    public var statusProblem: (Int32) -> String = { "✗ it exited with status \($0); it must exit with 0" }
    public var outputProblem = "✗ its output is not what it must print (see above)"
    public var threadsProblem: (Int, Int) -> String = { started, required in
        "✗ it starts \(started) thread\(started == 1 ? "" : "s"); it must start at least \(required)"
    }
    public var found: (String, Int, String) -> String = { kind, runs, mode in
        "✗ the explorer found a failing schedule: \(kind) after \(runs) run\(runs == 1 ? "" : "s") (switch points: \(mode))"
    }
    public var replay: (String) -> String = { "  step through it: concurrency-tutor watch \($0)" }
    public var noFailure: (Int) -> String = { "✓ the explorer found no failing schedule in \($0) runs" }
    public var solved: (String) -> String = { "✓ Solved: \($0)" }
    public var notYet = "Not solved yet: save the file to check it again."
    public var why = "Why it works:"
    public var hintHeading = "Hint:"
    public var stopped: (String) -> String = { "Stopped. Your copy stays at \($0)." }
    public var resetDone: (String, String) -> String = { "\($0): a fresh copy of the broken program is at \($1)" }
    public var noSuchExercise: (String, [String]) -> String = { "no exercise named '\($0)'; the exercises: \($1.joined(separator: ", "))" }
    public var noExercisesFolder = "no exercises folder found; tried:"
    public var progressNotSaved: (String) -> String = { "progress could not be saved (\($0))" }
    public var watching: (String) -> String = { "Watching \($0): each save runs it and explores its schedules. Ctrl-C stops." }

    public static let english = ExerciseStrings()

    public static let chinese: ExerciseStrings = {
        var s = ExerciseStrings()
        s.listHeading = "练习（用 concurrency-tutor exercise 名称 打开其中一个）："
        s.allSolved = "所有练习都已完成。用 concurrency-tutor exercise --reset 名称 可以重做一个。"
        s.heading = { "== 练习 \($0)：\($1) ==" }
        s.yourCopy = { "要修改的副本：\($0)" }
        s.mustStill = { output, threads in "修改后的程序必须仍然准确打印下面的内容，并至少启动 \(threads) 个线程：\n" + output }
        s.editElsewhere = "用任意编辑器修改它：每次保存，这里都会检查。"
        s.keys = "输入 h 加回车看提示，e 重新打开编辑器，q 退出；Ctrl-C 也可退出。"
        s.keysNoEditor = "输入 h 加回车看提示，q 退出；Ctrl-C 也可退出。"
        s.checking = { "正在检查 \($0) …" }
        s.outputHeading = "--- 输出 ---"
        s.failingOutputHeading = "--- 出错那次运行的输出 ---"
        s.statusProblem = { "✗ 程序的退出状态是 \($0)；必须是 0" }
        s.outputProblem = "✗ 输出与要求的不同（见上）"
        s.threadsProblem = { "✗ 程序启动了 \($0) 个线程；至少要启动 \($1) 个" }
        s.found = { kind, runs, mode in "✗ 探索器找到了一个出错的调度：运行 \(runs) 次后发现 \(kind)（切换点：\(mode)）" }
        s.replay = { "  单步查看：concurrency-tutor watch \($0)" }
        s.noFailure = { "✓ 探索器在 \($0) 次运行中没有找到出错的调度" }
        s.solved = { "✓ 完成：\($0)" }
        s.notYet = "还没有通过：保存文件后会再检查一次。"
        s.why = "为什么这样能行："
        s.hintHeading = "提示："
        s.stopped = { "已停止。你的副本仍在 \($0)。" }
        s.resetDone = { "\($0)：损坏程序的新副本在 \($1)" }
        s.noSuchExercise = { "没有名为“\($0)”的练习；所有练习：\($1.joined(separator: "、"))" }
        s.noExercisesFolder = "找不到练习文件夹；已查找："
        s.progressNotSaved = { "无法保存进度（\($0)）" }
        s.watching = { "正在监视 \($0)：每次保存都会运行它并探索它的调度。按 Ctrl-C 停止。" }
        return s
    }()

    public static func of(_ language: Language) -> ExerciseStrings { language == .zh ? chinese : english }

    /// A check's report as the learner reads it: the first run's output, what is wrong, and
    /// the explorer's verdict (with the command that replays its failing schedule).
    public func report(_ report: CheckReport, path: String) -> String {
        func block(_ bytes: [UInt8]) -> String {
            let text = String(decoding: bytes, as: UTF8.self)
            return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        }
        var lines = outputHeading + "\n" + block(report.stdout + report.stderr) + rule + "\n"
        for problem in report.problems {
            switch problem {
            case .status(let status): lines += statusProblem(status) + "\n"
            case .output: lines += outputProblem + "\n"
            case .threads(let started, let required): lines += threadsProblem(started, required) + "\n"
            }
        }
        if let (mode, failure) = report.failure {
            lines += found("\(failure.kind)", report.runs, mode.rawValue) + "\n"
            lines += failingOutputHeading + "\n" + block(failure.result.stdout + failure.result.stderr) + rule + "\n"
            lines += replay("\(shellQuoted(path)) --schedule \(failure.schedule.text)") + "\n"
        } else if report.problems.isEmpty {
            lines += noFailure(report.runs) + "\n"
        }
        return lines
    }
}

/// `path` as a shell word: quoted only when it needs to be.
func shellQuoted(_ path: String) -> String {
    let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@".contains($0) }
    return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
