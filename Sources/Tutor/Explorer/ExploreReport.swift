import Machine

extension ExploreOutcome {
    /// What `explore` prints on stdout for this outcome, and its exit status (1: found).
    public func report(path: String) -> (text: String, status: Int32) {
        switch self {
        case .found(let failure):
            var text = "found: \(failure.kind) after \(failure.run) run\(failure.run == 1 ? "" : "s")\n"
            text += "--- output of the failing run ---\n"
            var output = String(decoding: failure.result.stdout + failure.result.stderr, as: UTF8.self)
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            text += output
            text += "---\n"
            text += "preemptions: \(failure.schedule.preemptions)\n"
            text += "schedule: \(failure.schedule.text)\n"
            text += "replay: concurrency-tutor run \(path) --schedule \(failure.schedule.text)\n"
            return (text, 1)
        case .passed(let runs, let exhausted):
            var text = "no failure in \(runs) run\(runs == 1 ? "" : "s")\n"
            if let exhausted {
                text += "exhausted: all \(exhausted.schedules) schedules with at most \(exhausted.bound) preemption\(exhausted.bound == 1 ? "" : "s") pass\n"
            }
            return (text, 0)
        }
    }
}
