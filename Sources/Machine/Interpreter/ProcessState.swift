/// Everything a Python process owns apart from its heap: module table, builtins, I/O
/// buffers, virtual clock, random generator. A value: copying it copies the process.
struct ProcessState {
    /// The builtins namespace (a heap dict).
    var builtins = ObjectRef(0)
    /// `sys.modules`: module name → module object.
    var modules: [String: Value] = [:]
    /// The `sys.modules` dict once `sys` is imported (kept in step with `modules`).
    var sysModules: ObjectRef?
    /// Built-in classes by their `Heap.typeName` (`int`, `ValueError`, `function`, ...).
    var classes: [String: Value] = [:]
    /// Source lines of each compiled file, for tracebacks.
    var sources: [String: [Substring]] = [:]
    /// Output kept in memory when the run has no `io` (tests, the app, the lesson checker).
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
    /// The host's streams and Ctrl-C when the run is `concurrency-tutor run` (else nil).
    var io: ProgramIO?
    var stdin: [UInt8] = []
    var stdinPosition = 0
    var argv: [String] = []
    /// `os.getpid()`: the kernel's pid for this process (0 outside a session).
    var pid = 0
    /// Virtual time in nanoseconds since the process started.
    var clockNanos = 0
    /// Virtual wall-clock origin for `time.time()` (fixed, deterministic).
    var epochNanos = 1_700_000_000_000_000_000
    var randomState: UInt64 = 0
    /// The call depth past which a call fails: `sys.getrecursionlimit()`, capped by the
    /// memory limit (Interpreter+Stack.swift `setRecursionLimit`).
    var recursionLimit = 1000
    /// What the program asked for with `sys.setrecursionlimit` (what `getrecursionlimit` says).
    var requestedRecursionLimit = 1000
    /// Interned identifier strings (names of code objects, str constants).
    var interned: [String: Value] = [:]
    var maxSteps = 2_000_000_000
    /// Whether functions marked by `_tutor.shortcut` may run without a frame
    /// (`RunOptions.frameShortcuts`).
    var frameShortcuts = true
    /// Shortcut calls that finished without their frame (for tests).
    var shortcutsRun = 0
    var stepLimitHit = false
    /// Allocations between garbage collections (grows with the live heap: twice the live
    /// count). Nothing is freed between collections, so the floor decides how much garbage
    /// (and its Swift storage) piles up: at 200,000 it was megabytes out of cache, and lesson
    /// code ran 7% slower than at 2,000-5,000 for 1-2% fewer instructions.
    var collectThreshold = 2_000
    /// Warnings already shown, by location and text (the default filter shows each once).
    var warningsShown: Set<String> = []
    /// Coroutines already reported as never awaited (heap indices).
    var unawaitedReported: Set<UInt32> = []
    /// Whether any coroutine was made (the exit check for unawaited ones is skipped otherwise).
    var madeCoroutines = false
}
