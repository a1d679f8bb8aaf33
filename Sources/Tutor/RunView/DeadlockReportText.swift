import Foundation

/// The engine's deadlock report in other languages.
///
/// The engine (Machine) writes the report in English from a small fixed grammar ("NAME at line
/// N holds A and waits for B, held by C", "cycle: ..."); its phrases are reworded here, names
/// and labels of the program left as they are. A phrase the table does not know stays English.
enum DeadlockReportText {
    /// (pattern, replacement) in order: longer phrases before the shorter ones inside them.
    static let chineseRules: [(String, String)] = [
        (#"^deadlock: every thread is blocked and no timer is pending$"#, "死锁：所有线程都已阻塞，也没有待触发的定时器"),
        (#"^no thread can wake the others: nothing left will set, notify, release or put what they wait for$"#,
         "没有线程能唤醒其他线程：再也不会有谁去 set、notify、release 或 put 它们等待的对象"),
        (#"^deadlock: every thread is blocked$"#, "死锁：所有线程都已阻塞"),
        (#"^cycle: "#, "循环等待："),
        (#" \(line (\d+)\)"#, "（第 $1 行）"),
        (#" waits in join\(\) for "#, " 在 join() 中等待 "),
        (#", at the end of the program,"#, " 在程序结束处"),
        (#" at line (\d+)"#, " 在第 $1 行"),
        (#"thread (.+?) to finish \(join\)"#, "线程 $1 结束（join）"),
        (#"thread (.+?) to finish"#, "线程 $1 结束"),
        (#"thread (.+?) to start"#, "线程 $1 启动"),
        (#"the non-daemon threads to finish \(interpreter exit\)"#, "非守护线程结束（解释器退出）"),
        (#"the end of a sleep longer than the virtual clock runs \(146 years\)"#, "一次超出虚拟时钟范围（146 年）的 sleep 结束"),
        (#"^  process (\d+):$"#, "  进程 $1："),
        (#"os\.fork\(\) to return"#, "os.fork() 返回"),
        (#"a child process to exit \(os\.wait\)"#, "某个子进程退出（os.wait）"),
        (#"child process (\d+) to exit \(os\.waitpid\)"#, "子进程 $1 退出（os.waitpid）"),
        (#"data on pipe descriptor (\d+) \(os\.read\)"#, "管道描述符 $1 上的数据（os.read）"),
        (#", which waits for "#, "；后者等待 "),
        (#" and waits for "#, "，并等待 "),
        (#", waits for "#, "，等待 "),
        (#"(^|\s)waits for "#, "$1等待 "),
        (#" holds "#, " 持有 "),
        (#", held by "#, "，持有者为 "),
    ]

    private static let chineseExpressions: [(NSRegularExpression, String)] = chineseRules.compactMap { pattern, template in
        (try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])).map { ($0, template) }
    }

    /// `report` with every known phrase in Chinese.
    static func chinese(_ report: String) -> String {
        var text = report
        for (expression, template) in chineseExpressions {
            text = expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }
}
