import Foundation
import LessonKit
import Trace

/// Every text the app, the run view and the CLI print of their own, in one language: this
/// file is the English table, `Strings+zh.swift` the Chinese one. Lesson text comes from the
/// lesson files; Python's own messages (tracebacks) are printed as CPython prints them.
///
/// A key and its action are separate entries so each language can word them its own way.
public struct Strings {
    public typealias Hint = (key: String, action: String)

    // MARK: - App frame

    var tagline = "Python's concurrency model, step by step"
    var tooSmall: (Int, Int) -> String = { "terminal too small (need \($0)x\($1))" }
    var tooSmallNow: (Int, Int) -> String = { "now \($0)x\($1): enlarge the window, or press q to quit" }
    var helpTitle: (String) -> String = { "Help: \($0)" }
    var quitAtOnce = "quit at once"
    var anyKey = "any key"
    var closeHelp = "close this help"
    var switchLanguage = "中文 (switch to Chinese)"
    var languageKeyHint = "中文"
    /// The same two for a terminal that cannot show Chinese (ASCII mode).
    var switchLanguageASCII = "switch to Chinese"
    var languageKeyHintASCII = "Chinese"
    var switchedLanguage = "Now in English. Press L for 中文."
    var noEngine = "The engine is not plugged in yet: nothing can run."
    public var cannotRun: (String, String) -> String = { "cannot run \($0): \($1)" }
    var progressInMemory: (String) -> String = { "progress was kept in memory only: \($0) was left untouched" }
    var progressNotSaved: (String) -> String = { "progress could not be saved (\($0))" }
    var progressCannotSave: (String) -> String = { "Progress cannot be saved: \($0). It is kept in memory until you quit." }
    var lessonsFolder = "the lessons folder"
    /// A progress file that could not be used, and what became of it.
    var progressProblem: (ProgressProblem) -> String = { $0.description }

    // MARK: - Shared key actions

    var move = "move"
    var open = "open"
    var problems = "problems"
    var help = "help"
    var quit = "quit"
    var back = "back"
    var scroll = "scroll"
    var thisHelp = "this help"

    // MARK: - Lesson list

    var lessonsTitle = "Lessons"
    var courseTitle = "Course: Python's concurrency model"
    var noLessons: (String) -> String = { "No lessons found in \($0)" }
    var courseProblems: (Int) -> String = { "! \($0) problem\($0 == 1 ? "" : "s") in the lessons: press ! to list them" }
    var pageCount: (Int) -> String = { "\($0) page\($0 == 1 ? "" : "s")" }
    var broken = "! broken"
    var problemCount: (Int) -> String = { "! \($0) problem\($0 == 1 ? "" : "s")" }
    /// Beside a lesson shown in English in another language's edition.
    var untranslatedTag = ""
    var noCourseProblems = "No problems found in the lessons."
    var listHelp: [Hint] = [("↑ ↓  j k", "move between lessons"), ("PgUp PgDn", "move a screen at a time"),
                            ("Home End  g G", "first / last lesson"), ("Enter  →  l", "open the lesson where you left it"),
                            ("1-9", "jump to that lesson")]
    var listProblemsHelp = "list the problems found in the lessons"
    var quitHelp = "quit"

    // MARK: - Reader

    var page = "page"
    var answer = "answer"
    var hint = "hint"
    var details = "details"
    var run = "run"
    var readerHelp: [Hint] = [("→  n  Enter", "next page"), ("←  p", "previous page"), ("↑ ↓  j k", "scroll a line"),
                              ("PgUp PgDn  Space", "scroll a screen"), ("Home End  g G", "top / bottom of the page"),
                              ("1-9", "answer the page's question"), ("h", "reveal the hint"),
                              ("d", "show / hide the page's details"), ("r", "run the page's example in the run view")]
    var lessonProblemsHelp = "list the problems found in this lesson"
    var backToLessons = "back to the lessons"
    var lessonProblems: (Int) -> String = { "! This lesson has \($0) problem\($0 == 1 ? "" : "s"): press ! to list them" }
    /// The banner over a lesson shown in English because it has no translation yet.
    var untranslated = ""
    var pageFooter: (Int, Int, String) -> String = { "page \($0) of \($1) \($2) " }
    var scrollAll = "all"
    var scrollTop = "top"
    var scrollEnd = "end"
    var noLessonProblems = "No problems found in this lesson."
    var noExample = "This page has no example to run."
    var exampleHasProblem: (String) -> String = { "\($0) cannot be run: it has a problem (press ! to see it)." }
    var cannotRead: (String) -> String = { "Cannot read \($0)." }
    var firstPage = "This is the first page."
    var lastPage = "End of the lesson. Press q for the list."
    var noDetails = "This page has no details."
    var chooseRange: (Int) -> String = { "Choose 1 to \($0)." }

    // MARK: - Page layout

    var example = "Example: "
    var cannotShowExample = "(cannot be shown: see the lesson's problems)"
    var hintLabel = "Hint: "
    var pressHToReveal = "press h to reveal"
    var showDetails = " (d: show details)"
    /// The rest of a long example listing, collapsed.
    var moreLines: (Int) -> String = { "\($0) more lines" }
    var predict: (Int) -> String = { "Predict \($0): " }
    var right = "Right."
    var notQuite: (Int) -> String = { "Not quite: the answer is \($0)." }
    var pressToAnswer: (Int) -> String = { "   Press 1-\($0) to answer." }

    // MARK: - Problems screen

    var problemsTitle: (String) -> String = { "Problems: \($0)" }
    var problemsHelp: [Hint] = [("↑ ↓  j k", "scroll a line"), ("PgUp PgDn  Space", "scroll a screen")]
    var problemsHeader: (Int) -> String = { "\($0) problem\($0 == 1 ? "" : "s"), as 'concurrency-tutor check' reports them:" }

    // MARK: - Run view

    var runTitle: (String) -> String = { "Run: \($0)" }
    var play = "play"
    var stepBack = "back"
    var next = "next"
    var line = "line"
    var thread = "thread"
    var pick = "pick"
    var mode = "mode"
    var zoom = "zoom"
    var runHelp: [Hint] = [
        ("space", "play / pause (at the end: play again)"), ("n", "next event (a state or lock change)"),
        ("i", "next line of the selected thread"), ("b", "back one event"), ("g  G", "start / end of the run"),
        ("+  -", "faster / slower"), ("Tab  ↑ ↓", "select a thread"), ("<  >  0", "zoom out / in / fit the timeline"),
        ("t", "choose threads yourself (manual scheduling)"), ("1-9  Enter", "pick the next thread when asked"),
        ("m", "switch points: cpython, every, no-gil (re-runs)"),
        ("p", "side pane: locks, event loop, kernel (when they do not all fit)"),
        ("s", "the schedule so far, to replay with run --schedule"), ("f", "find a failing schedule (Esc stops)"),
    ]
    var runOver = "The run is over. b steps back, g goes to the start."
    var couldNotRerun: (String) -> String = { "could not re-run: \($0)" }
    var rerunningWith: (String) -> String = { "Re-running with \($0) picked here." }
    var thatThread = "that thread"
    var automaticScheduling = "Automatic scheduling: the seed decides again."
    var manualSchedulingOn = "Manual scheduling: you pick the next thread at each choice point."
    var recordingCannotRerun = "This run is a recording; it cannot be re-run in another mode."
    var switchPointsNow: (String) -> String = { "Switch points: \($0). Running again from the start." }

    // Panes
    var locks = "Locks"
    var noneYet = "(none yet)"
    var heldBy = "held by "
    var free = "free"
    var join = "join "
    var lockOf = "lock "
    var value: (Int) -> String = { "value \($0)" }
    var eventSet = "set"
    var eventClear = "clear"
    var queueSize: (Int) -> String = { "size \($0)" }
    var pipeBytes: (Int) -> String = { "\($0) bytes" }
    var arrived: (Int) -> String = { "\($0) arrived" }
    var futureDone = "done"
    var futurePending = "pending"
    var waiting = "  waiting: "
    var listSeparator = ", "
    var frames = "Frames"
    var framesOf: (String) -> String = { "Frames: \($0)" }
    var noThreadsYet = "(no threads yet)"
    var finished = "(finished)"
    var notStarted = "(not started)"
    var noFrames = "(no frames recorded)"
    var finishedLastFrames = "(finished; last frames)"
    var pausedAtLine: (Int) -> String = { "  paused at line \($0)" }
    var atLine: (Int) -> String = { "  line \($0)" }
    var cellOf: (String) -> String = { "  cell of \($0)" }
    var sharedWith: (String) -> String = { ", shared with \($0)" }
    var output = "Output"
    var timeline: (String) -> String = { "Timeline  1 col = \($0)" }
    var threadRange: (Int, Int, Int) -> String = { "  threads \($0)-\($1) of \($2)" }
    var threadNumber: (Int) -> String = { "thread \($0)" }
    var rowRange: (Int, Int, Int) -> String = { "  rows \($0)-\($1) of \($2)" }
    // Processes (runs of several processes)
    var processes = "Processes"
    var pidHeader = "PID"
    var ppidHeader = "PPID"
    var processName = "NAME"
    var processState = "STATE"
    var exitCodeHeader = "EXIT"
    var processRunning = "running"
    var processZombie = "zombie"
    var processReaped = "reaped"
    var moreProcesses: (Int) -> String = { "(\($0) more)" }
    var addressSpaces = "Memory: globals per process"
    var processRange: (Int, Int, Int) -> String = { "  \($0)-\($1) of \($2)" }
    var forkLegend = "fork"
    var exitLegend = "exit"
    var reapLegend = "reap"
    // Event loops, switches and the kernel (coroutines, sockets, pipes)
    var eventLoop = "Event loop"
    var geventHub = "gevent hub"
    var loopNow = "now "
    var loopWaiting = "waiting for a timer or IO"
    var readyHeading: (Int) -> String = { "ready (\($0)): " }
    var nothingReady = "ready: none"
    var timersHeading: (Int) -> String = { "timers (\($0)):" }
    var timerIn: (String) -> String = { "in \($0) " }
    var timerDue = "due "
    var waitsOn = "waits on "
    var moreEntries: (Int) -> String = { " +\($0) more" }
    var lastSwitch: (String, String) -> String = { "switch \($0) → \($1)" }
    var switchLegend = "switch"
    var suspendedAtLine: (Int) -> String = { "suspended at line \($0) (await or switch)" }
    var kernelPane = "Kernel: descriptor tables"
    var kernelOf: (Int) -> String = { "pid \($0)" }
    var noDescriptors = "(no descriptors open)"
    var pipeReadEnd = "pipe read end"
    var pipeWriteEnd = "pipe write end"
    var epollInstance = "epoll instance"
    var receiveBuffer: (Int) -> String = { "rcv \($0) B" }
    var pipeBuffer: (Int) -> String = { "\($0) B in pipe" }
    var acceptQueue: (Int) -> String = { "accept queue \($0)" }
    var sidePaneKey = "pane"
    var sidePaneShown: (String) -> String = { "Side pane: \($0)." }

    /// A primitive's kind as the locks pane names it.
    var kind: (PrimitiveKind) -> String = { $0.rawValue }
    /// A thread's state in the frames pane's title.
    var state: (ThreadState) -> String = { $0.label }
    /// The timeline legend's word for a state.
    var legend: (Theme.StateCategory) -> String = { category in
        switch category {
        case .running: return "run"
        case .waitingForGIL: return "GIL wait"
        case .waitingForCore: return "core wait"
        case .blocked: return "blocked"
        case .sleeping: return "sleep"
        case .finished: return "done"
        case .suspended: return "suspended"
        case .waitForData: return "wait for data"
        case .copyToUser: return "copy to user"
        }
    }

    // Overlays and status line
    var whoRunsNext = "Who runs next?"
    /// The engine's questions at a choice point, as asked in this language.
    var question: (String) -> String = { $0 }
    var moreCandidates: (Int) -> String = { "  (\($0) more: use the arrows)" }
    var promptKeys = "1-9 or arrows+Enter pick, t stop picking"
    var chooseNextThread = "Choose the next thread"
    var endKeys = "b: step back  g: replay"
    var deadlock = "Deadlock"
    /// The engine's deadlock report, reworded in this language.
    var deadlockReport: (String) -> String = { $0 }
    var exitStatus: (Int32) -> String = { status in
        switch status {
        case 0: return "Finished: exit status 0."
        case 1: return "An exception: exit status 1."
        case 4: return "Step budget used up: status 4."
        default: return "Exited with status \(status)."
        }
    }
    var end = "End"
    var running = "running…"
    var playing = "playing"
    var ended = "ended"
    var paused = "paused"
    var perSecond = "/s"
    var manual = "  manual"
    var changePick = "  t: change this pick"

    // MARK: - Command line

    public var noLessonWithID: (String) -> String = { "no lesson with id '\($0)'; 'concurrency-tutor list' shows the ids" }
    public var cannotShow: (String, String) -> String = { "lesson '\($0)' cannot be shown: \($1)" }
    public var listBroken: (String) -> String = { "broken: \($0)" }
    public var cannotBeRead = "cannot be read"
    public var listProblems: (Int) -> String = { "\($0) problem\($0 == 1 ? "" : "s")" }
    public var cannotOpenTerminal: (String) -> String = { "cannot open the terminal: \($0)" }
    public var noSuchDirectory: (String) -> String = { "\($0): no such directory" }
    public var loadProblems: (Int) -> String = { "\($0) problem(s) in the lessons; run 'concurrency-tutor check' for details" }
    public var noLessonsFolder = "no lessons folder found; tried:"
    /// The labels `show` puts around a lesson's text.
    public var plainText = PlainText.Labels.english

    /// The language key's word in the key bar, for a terminal that shows Unicode or not.
    func languageKey(unicode: Bool) -> String { unicode ? languageKeyHint : languageKeyHintASCII }
    /// The language key's line in the help.
    func languageHelp(unicode: Bool) -> String { unicode ? switchLanguage : switchLanguageASCII }

    /// The table for `language`.
    public static func of(_ language: Language) -> Strings {
        language == .zh ? .chinese : .english
    }

    public static let english = Strings()

    // MARK: - Schedules, the finder and challenges

    var scheduleTitle = "Schedule so far"
    var scheduleReplay = "Replay it (the learner's picks included) with:"
    var scheduleCopy = "Copy it as one line; any key closes this box."
    var finding = "searching schedules"
    var escStops = "Esc stops"
    var findStopped = "Search stopped."
    var findNone: (Int) -> String = { "No failure in \($0) runs: every schedule tried passes." }
    var findFound: (String, Int, Int) -> String = { kind, runs, preemptions in
        "Found: \(kind) after \(runs) runs, \(preemptions) preemption\(preemptions == 1 ? "" : "s") (P on the timeline); "
            + "the cursor is where the run leaves a passing one. space plays it."
    }
    var challenge = "Challenge"
    var challengeGoal: (ChallengeGoal) -> String = { goal in
        switch goal {
        case .deadlock: return "make the threads deadlock"
        case .exception(let type): return "make a thread raise \(type)"
        case .criticalSection: return "get two threads into the critical section at once"
        case .output(let text): return "make the program print \(text)"
        }
    }
    var challengeStart: (String) -> String = { "Goal: \($0). Press a thread's key (M, 1, 2...) to run its next statement." }
    var moveKey = "move"
    var showMe = "show me"
    var schedule = "schedule"
    var restart = "restart"
    var cannotMove: (String, String) -> String = { "\($0) cannot run now: it is \($1)." }
    var noSuchThread = "No thread has that key."
    var endedWithoutGoal = "The program ended without reaching the goal: r starts again, h shows a way."
    var solvedTitle = "Solved!"
    var solvedBody: (Int) -> String = { "You reached the goal in \($0) moves." }
    var shownBody: (Int) -> String = { "This is one way: \($0) moves, found by searching schedules." }
    var solvedKeys = "r play again   s schedule   q back"
    var searchingWay = "looking for a way to win"
    var noWayFound = "The search found no way to the goal within its budget."
    var showingWay = "Showing a way to the goal, one move at a time (any key stops)."
    var movesByInstruction = "Each move now runs one bytecode instruction (x: one statement again)."
    var movesByStatement = "Each move now runs one statement (x: one instruction)."
    var nextInstruction: (String, String) -> String = { "\($0) runs next: \($1)" }
    var challengeHelp: [Hint] = [
        ("M 1 2 ...", "run that thread's next statement (the others wait)"), ("Tab  n", "select a thread / run its statement"),
        ("x", "moves of one bytecode instruction / of one statement"),
        ("h", "show me: replay a winning schedule found by search"), ("s", "the schedule so far"),
        ("r", "start again"),
    ]
    var challengeMark = "challenge"
    var solvedMark = "solved"
}
