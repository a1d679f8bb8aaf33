import Foundation

extension LessonParser {
    /// `@challenge FILE [cpython|every] GOAL`: the page's program (also shown and run as its
    /// example) and what the learner must make it do by scheduling its threads.
    mutating func parseChallenge(at index: Int, argument: String, column: Int) -> Int {
        let number = index + 1
        if page == nil { strayText(number) }
        if let open = details {
            report(number, 1, "'@challenge' is not allowed inside a @details block (opened on line \(open.line)); close it with '@end' first")
            return index + 1
        }
        var words = argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else {
            report(number, 1, "@challenge needs a file and a goal (e.g. '@challenge flags.py two threads inside the critical section')")
            return index + 1
        }
        let file = words.removeFirst()
        var mode = "every"
        if let first = words.first, first == "cpython" || first == "every" {
            mode = first
            words.removeFirst()
        }
        let goalText = words.joined(separator: " ")
        let goalColumn = column + (argument.range(of: goalText).map { argument.distance(from: argument.startIndex, to: $0.lowerBound) } ?? 0)
        guard let goal = ChallengeGoal.parse(goalText) else {
            report(number, goalColumn, "unknown challenge goal '\(goalText)' (expected 'deadlock', 'exception NAME', "
                + "'two threads inside the critical section' or 'output TEXT')")
            return index + 1
        }
        if let previous = page?.challenge {
            report(number, 1, "a page has at most one @challenge (this page's is on line \(previous.line))")
            return index + 1
        }
        if let problem = exampleProblem(file) {
            report(number, column, problem)
            unusableExamples.insert(file)
        } else if goal == .criticalSection, let source = challengeSource(file), Challenge.criticalLines(in: source).isEmpty {
            report(number, goalColumn, "the goal needs lines marked '\(ChallengeGoal.criticalSectionMarker)' in \(file)")
        }
        let challenge = Challenge(file: file, goal: goal, switchPoints: mode, line: number)
        if page != nil {
            outline.append(OutlineItem(kind: .challenge("\(file) \(mode) \(goal)"), page: pages.count, line: number))
        }
        page?.challenge = challenge
        append(.example(file: file), line: number)
        return index + 1
    }

    /// The text of a usable file beside lesson.md (nil when not checking files).
    private func challengeSource(_ file: String) -> String? {
        guard let directory, case .contents(let data) = reader.read(directory.appendingPathComponent(file)) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
