import LessonKit
import Trace

extension ChallengeGoal {
    /// Whether the run recorded in `trace` has reached the goal by its last change.
    /// `criticalLines` are the program's lines marked `# critical section`.
    func isReached(in trace: Trace, ending: RunEnding?, criticalLines: Set<Int>) -> Bool {
        let last = trace.changeCount - 1
        guard last >= 0 else { return false }
        switch self {
        case .deadlock:
            return ending?.deadlockReport != nil
        case .exception(let type):
            // A traceback's last line names the class: `AssertionError` or `AssertionError: text`.
            return Self.text(trace, .stderr).split(separator: "\n").contains { $0 == type || $0.hasPrefix(type + ":") }
        case .output(let text):
            return Self.text(trace, .stdout).contains(text)
        case .criticalSection:
            return Self.threadsInside(trace, criticalLines: criticalLines).count >= 2
        }
    }

    /// Threads that are alive and stand on a critical-section line at the trace's last change.
    static func threadsInside(_ trace: Trace, criticalLines: Set<Int>) -> [ThreadID] {
        let last = trace.changeCount - 1
        guard last >= 0 else { return [] }
        return trace.threads.map(\.id).filter { thread in
            switch trace.slice(of: thread, atChange: last)?.state {
            case nil, .notStarted?, .finished?: return false
            default: return trace.line(of: thread, atChange: last).map(criticalLines.contains) ?? false
            }
        }
    }

    private static func text(_ trace: Trace, _ stream: OutputStream) -> String {
        trace.output(throughChange: trace.changeCount - 1).filter { $0.stream == stream }.map(\.text).joined()
    }
}
