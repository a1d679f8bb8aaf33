import Foundation
import LessonKit
import Machine

extension ExampleChecker {
    // MARK: - Claims

    /// Checks what a lesson's pages claim about one example (`@claim`, see `Claim`): over
    /// `options.claimRuns` engine runs with consecutive seeds from `options.runOptions.seed`,
    /// and, when `options.python3` is set and the example is `# nondeterministic`, over as many
    /// python3 runs (a deterministic example's python3 output already equals the engine's; a
    /// deadlock is never run there); a claim scoped `in the tutor` or `in python3` only over
    /// those. Problems point at the `@claim` line in lesson.md.
    static func checkClaims(_ claims: [Claim], example url: URL, source: String, lessonPath: String,
                            options: Options) -> [Diagnostic] {
        guard !claims.isEmpty else { return [] }
        var problems: [Diagnostic] = []
        func problem(_ claim: Claim, _ message: String) {
            problems.append(Diagnostic(path: lessonPath, line: claim.line, message: "claim '\(claim.text)' \(message)"))
        }
        let kind = Self.kind(of: source)
        let seeds = (0..<max(1, options.claimRuns)).map { options.runOptions.seed &+ UInt64($0) }
        var engineRuns: [(label: String, run: Claim.Run)] = []
        for seed in seeds where claims.contains(where: { $0.scope != .python3 }) {
            var seeded = options
            seeded.runOptions.seed = seed
            let run = runInEngine(source: source, url: url, options: seeded)
            let label = "in the tutor with --seed \(seed)"
            if let stopped = run.stopped {
                claims.forEach { problem($0, "is not checked: \(label): \(stopped)") }
                return problems
            }
            if kind != .deadlock, run.status != 0 {
                let last = lastLine(run.stderr).map { ": \($0)" } ?? ""
                claims.forEach { problem($0, "is not checked: \(label) it failed (exit \(run.status))\(last)") }
                return problems
            }
            engineRuns.append((label, Claim.Run(stdout: run.stdout, stderr: run.stderr, status: run.status)))
        }
        for claim in claims where claim.scope != .python3 {
            if let failure = verdict(claim, engineRuns, where: "in the tutor (--seed \(seeds[0]) to \(seeds[seeds.count - 1]))") {
                problem(claim, failure)
            }
        }
        let pythonClaims = claims.filter { $0.scope != .tutor }
        guard kind == .nondeterministic, let python3 = options.python3, !pythonClaims.isEmpty else { return problems }
        var pythonRuns: [(label: String, run: Claim.Run)] = []
        for index in 1...max(1, options.claimRuns) {
            switch runInPython(python3, url: url, limits: options.limits) {
            case .failure(let failure):
                // A python3 without a third-party module cannot check the claim; say so once.
                let message = failure.message.hasPrefix(notComparedPrefix) ? "is not checked with python3: " + failure.message.dropFirst(notComparedPrefix.count)
                                                                         : "is not checked: python3 run \(index): \(failure.message)"
                pythonClaims.forEach { problem($0, message) }
                return problems
            case .success(let run):
                pythonRuns.append(("in python3 run \(index)", run))
            }
        }
        for claim in pythonClaims {
            if let failure = verdict(claim, pythonRuns, where: "in \(pythonRuns.count) python3 runs") { problem(claim, failure) }
        }
        return problems
    }

    /// Nil when `claim` holds over `runs`; else why not ("is false for NAME.py: ...").
    static func verdict(_ claim: Claim, _ runs: [(label: String, run: Claim.Run)], where scope: String) -> String? {
        let results = runs.map { (label: $0.label, result: claim.evaluate($0.run)) }
        let false_ = "is false for \(claim.example):"
        switch claim.quantifier {
        case .every:
            if let bad = results.first(where: { !$0.result.holds }) { return "\(false_) \(bad.label), \(bad.result.observed)" }
        case .no:
            if let bad = results.first(where: { $0.result.holds }) { return "\(false_) \(bad.label), \(bad.result.observed)" }
        case .some:
            if !results.contains(where: { $0.result.holds }), let last = results.last {
                return "\(false_) no run \(scope) shows it; \(last.label), \(last.result.observed)"
            }
        }
        return nil
    }
}
