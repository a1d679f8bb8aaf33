import Foundation
import LessonKit

/// `check`'s proof that every challenge can be won: the search over the learner's moves
/// (`ChallengeSolver`) must reach each goal.
public enum ChallengeChecker {
    /// One problem, at its `@challenge` line, for each challenge of `catalog` the search
    /// cannot solve in `runs` runs (`ChallengeSolver.defaultRuns`).
    public static func problems(in catalog: Catalog, runs: Int = 400) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for lesson in catalog.lessons {
            for (_, challenge) in lesson.challenges where !lesson.unusableExamples.contains(challenge.file) {
                let url = lesson.directory.appendingPathComponent(challenge.file)
                guard case .contents(let data) = FileReader.system.read(url) else { continue }
                let source = String(decoding: data, as: UTF8.self)
                if ChallengeSolver.solve(challenge, path: url.path, source: source, runs: runs) == nil {
                    problems.append(Diagnostic(path: catalog.displayPath(of: lesson), line: challenge.line, column: 1,
                                               message: "challenge \(challenge.file) cannot be won: \(runs) runs of the search "
                                                   + "never reached '\(challenge.goal)'"))
                }
            }
        }
        return problems
    }
}
