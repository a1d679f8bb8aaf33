import Foundation
import LessonKit
import Trace

/// The Chinese table: written for Chinese-speaking Python learners with the usual terms
/// (线程, 全局解释器锁 GIL, 死锁, 递归锁, 信号量, 事件, 队列); keys, Python names and file names
/// stay as they are typed.
extension Strings {
    public static let chinese: Strings = {
        var s = Strings()
        // App frame
        s.tagline = "一步一步看懂 Python 并发模型"
        s.tooSmall = { "终端窗口太小（至少需要 \($0)x\($1)）" }
        s.tooSmallNow = { "当前为 \($0)x\($1)：请放大窗口，或按 q 退出" }
        s.helpTitle = { "帮助：\($0)" }
        s.quitAtOnce = "立即退出"
        s.anyKey = "任意键"
        s.closeHelp = "关闭帮助"
        s.switchLanguage = "English（切换到英文）"
        s.languageKeyHint = "English"
        s.switchLanguageASCII = "switch to English"
        s.languageKeyHintASCII = "English"
        s.switchedLanguage = "已切换到中文。按 L 切换回 English。"
        s.noEngine = "尚未接入执行引擎，暂时无法运行程序。"
        s.cannotRun = { "无法运行 \($0)：\($1)" }
        s.progressInMemory = { "学习进度只保存在内存中：没有改动 \($0)" }
        s.progressNotSaved = { "学习进度无法保存（\($0)）" }
        s.progressCannotSave = { "学习进度无法保存：\($0)。在退出之前，进度会暂存在内存中。" }
        s.lessonsFolder = "课程文件夹"
        s.progressProblem = { problem in
            let why: String
            switch problem.reason {
            case .notProgressJSON: why = "它不是有效的进度 JSON"
            case .notAFile(let kind): why = "它是 \(kind)，不是普通文件"
            case .unreadable(let detail): why = "无法读取它（\(detail)）"
            }
            let start = "没有使用学习进度文件 \(problem.path)，因为\(why)。"
            switch problem.outcome {
            case .keptAs(let backup):
                return start + "原文件已保存为 \(backup)；这次从零开始记录进度。"
            case .leftInPlace(let error):
                return start + "它无法被移到一旁（\(error)），所以保持原样；这次的进度只保存在内存中，不会写入文件。"
            }
        }

        // Shared key actions
        s.move = "移动"
        s.open = "打开"
        s.problems = "问题"
        s.help = "帮助"
        s.quit = "退出"
        s.back = "返回"
        s.scroll = "滚动"
        s.thisHelp = "显示本帮助"

        // Lesson list
        s.lessonsTitle = "课程列表"
        s.courseTitle = "课程：Python 并发模型"
        s.noLessons = { "在 \($0) 中没有找到课程" }
        s.courseProblems = { "! 课程中有 \($0) 个问题：按 ! 查看" }
        s.pageCount = { "共 \($0) 页" }
        s.broken = "! 无法读取"
        s.problemCount = { "! \($0) 个问题" }
        s.untranslatedTag = "英文"
        s.noCourseProblems = "课程中没有发现问题。"
        s.listHelp = [("↑ ↓  j k", "在课程之间移动"), ("PgUp PgDn", "一次移动一屏"), ("Home End  g G", "第一课 / 最后一课"),
                      ("Enter  →  l", "打开课程，回到上次读到的地方"), ("1-9", "直接打开第几课")]
        s.listProblemsHelp = "列出课程中发现的问题"
        s.quitHelp = "退出"

        // Reader
        s.page = "翻页"
        s.answer = "作答"
        s.hint = "提示"
        s.details = "详情"
        s.run = "运行"
        s.readerHelp = [("→  n  Enter", "下一页"), ("←  p", "上一页"), ("↑ ↓  j k", "滚动一行"),
                        ("PgUp PgDn  Space", "滚动一屏"), ("Home End  g G", "跳到页首 / 页尾"),
                        ("1-9", "回答本页的题目"), ("h", "显示提示"), ("d", "展开 / 收起本页的详情"),
                        ("r", "在运行视图中运行本页的示例")]
        s.lessonProblemsHelp = "列出本课中发现的问题"
        s.backToLessons = "返回课程列表"
        s.lessonProblems = { "! 本课有 \($0) 个问题：按 ! 查看" }
        s.untranslated = "本课还没有中文译本，下面显示的是英文原文。"
        s.pageFooter = { "第 \($0)/\($1) 页 \($2) " }
        s.scrollAll = "全部"
        s.scrollTop = "顶部"
        s.scrollEnd = "底部"
        s.noLessonProblems = "本课中没有发现问题。"
        s.noExample = "本页没有可运行的示例。"
        s.exampleHasProblem = { "\($0) 无法运行：它有问题（按 ! 查看）。" }
        s.cannotRead = { "无法读取 \($0)。" }
        s.firstPage = "已经是第一页。"
        s.lastPage = "本课已读完。按 q 返回课程列表。"
        s.noDetails = "本页没有详情。"
        s.chooseRange = { "请选择 1 到 \($0)。" }

        // Page layout
        s.example = "示例："
        s.cannotShowExample = "（无法显示：请查看本课的问题）"
        s.hintLabel = "提示："
        s.pressHToReveal = "按 h 显示"
        s.showDetails = "（按 d 展开详情）"
        s.moreLines = { "还有 \($0) 行" }
        s.predict = { "预测 \($0)：" }
        s.right = "答对了。"
        s.notQuite = { "不对，正确答案是 \($0)。" }
        s.pressToAnswer = { "   按 1-\($0) 作答。" }

        // Problems screen
        s.problemsTitle = { "问题：\($0)" }
        s.problemsHelp = [("↑ ↓  j k", "滚动一行"), ("PgUp PgDn  Space", "滚动一屏")]
        s.problemsHeader = { "共 \($0) 个问题，与 concurrency-tutor check 的报告一致：" }

        // Run view
        s.runTitle = { "运行：\($0)" }
        s.play = "播放"
        s.stepBack = "后退"
        s.next = "下一步"
        s.line = "下一行"
        s.thread = "线程"
        s.pick = "调度"
        s.mode = "模式"
        s.zoom = "缩放"
        s.runHelp = [
            ("space", "播放 / 暂停（播完后：重新播放）"), ("n", "下一个事件（状态或锁的变化）"),
            ("i", "所选线程的下一行"), ("b", "后退一个事件"), ("g  G", "跳到运行的开头 / 结尾"),
            ("+  -", "加快 / 减慢"), ("Tab  ↑ ↓", "选择线程"), ("<  >  0", "缩小 / 放大 / 完整显示时间线"),
            ("t", "自己决定运行哪个线程（手动调度）"), ("1-9  Enter", "在询问时选出下一个运行的线程"),
            ("m", "切换点：cpython、every、no-gil（重新运行）"),
            ("p", "侧栏窗格：锁、事件循环、内核（放不下时轮流显示）"),
            ("s", "到目前为止的调度，可用 run --schedule 重放"), ("f", "查找会出错的调度（Esc 停止）"),
        ]
        s.runOver = "运行已结束。按 b 后退，按 g 回到开头。"
        s.couldNotRerun = { "无法重新运行：\($0)" }
        s.rerunningWith = { "重新运行，此处改为选择 \($0)。" }
        s.thatThread = "该线程"
        s.automaticScheduling = "自动调度：重新由随机种子决定。"
        s.manualSchedulingOn = "手动调度：每到一个选择点，由你选出下一个运行的线程。"
        s.recordingCannotRerun = "这是一段录制的运行，无法换一种模式重新运行。"
        s.switchPointsNow = { "切换点：\($0)。从头重新运行。" }

        // Panes
        s.locks = "锁"
        s.noneYet = "（暂无）"
        s.heldBy = "持有者 "
        s.free = "空闲"
        s.join = "join "
        s.lockOf = "锁 "
        s.value = { "值 \($0)" }
        s.eventSet = "已设置"
        s.eventClear = "未设置"
        s.queueSize = { "长度 \($0)" }
        s.pipeBytes = { "\($0) 字节" }
        s.arrived = { "已到达 \($0)" }
        s.futureDone = "已完成"
        s.futurePending = "未完成"
        s.waiting = "  等待者："
        s.listSeparator = "、"
        s.frames = "栈帧"
        s.framesOf = { "栈帧：\($0)" }
        s.noThreadsYet = "（还没有线程）"
        s.finished = "（已结束）"
        s.notStarted = "（尚未启动）"
        s.noFrames = "（没有记录栈帧）"
        s.finishedLastFrames = "（已结束；最后的栈帧）"
        s.pausedAtLine = { "  暂停在第 \($0) 行" }
        s.atLine = { "  第 \($0) 行" }
        s.cellOf = { "  \($0) 的闭包变量" }
        s.sharedWith = { "，与 \($0) 共享" }
        s.output = "输出"
        s.timeline = { "时间线  每列 = \($0)" }
        s.threadRange = { "  线程 \($0)-\($1)，共 \($2) 个" }
        s.threadNumber = { "线程 \($0)" }
        s.rowRange = { "  第 \($0)-\($1) 行，共 \($2) 行" }
        s.processes = "进程"
        s.pidHeader = "PID"
        s.ppidHeader = "PPID"
        s.processName = "名称"
        s.processState = "状态"
        s.exitCodeHeader = "退出码"
        s.processRunning = "运行中"
        s.processZombie = "僵尸"
        s.processReaped = "已回收"
        s.moreProcesses = { "（另有 \($0) 个）" }
        s.addressSpaces = "内存：各进程的全局变量"
        s.processRange = { "  \($0)-\($1)，共 \($2) 个" }
        s.forkLegend = "fork"
        s.exitLegend = "退出"
        s.reapLegend = "回收"
        s.eventLoop = "事件循环"
        s.geventHub = "gevent 的 hub（事件循环）"
        s.loopNow = "正在运行 "
        s.loopWaiting = "等待定时器或 IO"
        s.readyHeading = { "就绪（\($0)）：" }
        s.nothingReady = "就绪：无"
        s.timersHeading = { "定时器（\($0)）：" }
        s.timerIn = { "\($0) 后 " }
        s.timerDue = "已到期 "
        s.waitsOn = "等待 "
        s.moreEntries = { " 另有 \($0) 个" }
        s.lastSwitch = { "切换 \($0) → \($1)" }
        s.switchLegend = "切换"
        s.suspendedAtLine = { "挂起在第 \($0) 行（await 或 switch）" }
        s.kernelPane = "内核：文件描述符表"
        s.kernelOf = { "进程 \($0)" }
        s.noDescriptors = "（没有打开的描述符）"
        s.pipeReadEnd = "管道读端"
        s.pipeWriteEnd = "管道写端"
        s.epollInstance = "epoll 实例"
        s.receiveBuffer = { "接收缓冲 \($0) 字节" }
        s.pipeBuffer = { "管道中 \($0) 字节" }
        s.acceptQueue = { "accept 队列 \($0)" }
        s.sidePaneKey = "窗格"
        s.sidePaneShown = { "侧栏窗格：\($0)。" }
        s.kind = { kind in
            switch kind {
            case .lock: return "锁"
            case .rlock: return "递归锁"
            case .semaphore: return "信号量"
            case .boundedSemaphore: return "有界信号量"
            case .event: return "事件"
            case .condition: return "条件变量"
            case .queue: return "队列"
            case .barrier: return "栅栏"
            case .thread: return "线程"
            case .future: return "Future"
            case .process: return "进程"
            case .pipe: return "管道"
            }
        }
        s.state = { state in
            switch state {
            case .notStarted: return "尚未启动"
            case .running: return "运行中"
            case .waitingForGIL: return "等待 GIL"
            case .waitingForCore: return "等待 CPU 核心"
            case .blocked: return "阻塞"
            case .sleeping: return "休眠"
            case .suspended: return "挂起"
            case .finished: return "已结束"
            }
        }
        s.legend = { category in
            switch category {
            case .running: return "运行"
            case .waitingForGIL: return "等 GIL"
            case .waitingForCore: return "等核心"
            case .blocked: return "阻塞"
            case .sleeping: return "休眠"
            case .finished: return "结束"
            case .suspended: return "挂起"
            case .waitForData: return "等待数据"
            case .copyToUser: return "复制到用户空间"
            }
        }

        // Overlays and status line
        s.whoRunsNext = "接下来运行哪个线程？"
        s.question = { question in
            switch question {
            case "Who takes the GIL?": return "哪个线程拿到 GIL？"
            case "Switch interval expired: who takes the GIL?": return "切换间隔已到：哪个线程拿到 GIL？"
            case "Who gets a core?": return "哪个线程分到 CPU 核心？"
            default: return question
            }
        }
        s.moreCandidates = { "  （还有 \($0) 个：请用方向键）" }
        s.promptKeys = "按 1-9 或方向键加 Enter 选择，按 t 停止手动调度"
        s.chooseNextThread = "选择下一个运行的线程"
        s.endKeys = "b：后退  g：重放"
        s.deadlock = "死锁"
        s.deadlockReport = DeadlockReportText.chinese
        s.exitStatus = { status in
            switch status {
            case 0: return "运行结束：退出状态 0。"
            case 1: return "发生异常：退出状态 1。"
            case 4: return "步数预算已用完：状态 4。"
            default: return "程序退出，状态 \(status)。"
            }
        }
        s.end = "结束"
        s.running = "运行中…"
        s.playing = "播放中"
        s.ended = "已结束"
        s.paused = "已暂停"
        s.perSecond = "/秒"
        s.manual = "  手动调度"
        s.changePick = "  t：修改这次选择"

        // Command line
        s.noLessonWithID = { "没有 id 为“\($0)”的课程；用 concurrency-tutor list 查看所有 id" }
        s.cannotShow = { "无法显示课程“\($0)”：\($1)" }
        s.listBroken = { "无法读取：\($0)" }
        s.cannotBeRead = "无法读取"
        s.listProblems = { "\($0) 个问题" }
        s.cannotOpenTerminal = { "无法打开终端：\($0)" }
        s.noSuchDirectory = { "\($0)：目录不存在" }
        s.loadProblems = { "课程中有 \($0) 个问题；运行 concurrency-tutor check 查看详情" }
        s.noLessonsFolder = "找不到课程文件夹；已查找："
        s.plainText = PlainText.Labels(
            example: "示例：", hint: "提示：", question: "题目：", answer: "答案：", details: "详情：",
            problems: { "! 本课有 \($0) 个问题（concurrency-tutor check 也会列出）：" },
            fallback: "（本课还没有中文译本，下面是英文原文）")
        // Schedules, the finder and challenges
        s.scheduleTitle = "到目前为止的调度"
        s.scheduleReplay = "用下面的命令重放（包括你手动选择的线程）："
        s.scheduleCopy = "请作为一行复制；按任意键关闭。"
        s.finding = "正在搜索调度"
        s.escStops = "Esc 停止"
        s.findStopped = "搜索已停止。"
        s.findNone = { "\($0) 次运行都没有出错：试过的调度全部通过。" }
        s.findFound = { kind, runs, preemptions in
            "找到了：第 \(runs) 次运行出现 \(kind)，需要 \(preemptions) 次抢占（时间线上的 P）；光标停在它与正常运行分道扬镳的地方。按空格播放。"
        }
        s.challenge = "挑战"
        s.challengeGoal = { goal in
            switch goal {
            case .deadlock: return "让线程陷入死锁"
            case .exception(let type): return "让某个线程抛出 \(type)"
            case .criticalSection: return "让两个线程同时进入临界区"
            case .output(let text): return "让程序输出 \(text)"
            }
        }
        s.challengeStart = { "目标：\($0)。按线程的键（M、1、2……）让它执行下一条语句。" }
        s.moveKey = "执行"
        s.showMe = "演示"
        s.schedule = "调度"
        s.restart = "重来"
        s.cannotMove = { "\($0) 现在不能运行：它处于“\($1)”状态。" }
        s.noSuchThread = "没有线程使用这个键。"
        s.endedWithoutGoal = "程序已结束，但没有达成目标：按 r 重来，按 h 看一种解法。"
        s.solvedTitle = "挑战成功！"
        s.solvedBody = { "你用 \($0) 步达成了目标。" }
        s.shownBody = { "这是一种解法：共 \($0) 步，由调度搜索找到。" }
        s.solvedKeys = "r 再玩一次   s 调度   q 返回"
        s.searchingWay = "正在寻找解法"
        s.noWayFound = "在搜索预算内没有找到达成目标的方法。"
        s.showingWay = "正在一步一步演示一种解法（按任意键停止）。"
        s.movesByInstruction = "现在每一步执行一条字节码指令（按 x 改回每步一条语句）。"
        s.movesByStatement = "现在每一步执行一条语句（按 x 改为每步一条指令）。"
        s.nextInstruction = { "\($0) 的下一条指令：\($1)" }
        s.challengeHelp = [
            ("M 1 2 ...", "让该线程执行下一条语句（其他线程等待）"), ("Tab  n", "选择线程 / 让它执行一条语句"),
            ("x", "每步一条字节码指令 / 每步一条语句"),
            ("h", "演示：重放搜索找到的获胜调度"), ("s", "到目前为止的调度"),
            ("r", "重新开始"),
        ]
        s.challengeMark = "挑战"
        s.solvedMark = "已完成"
        return s
    }()
}
