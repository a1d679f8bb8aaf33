import Machine
import Trace

/// The explorer's own seeded generator (splitmix64): every strategy's draws come from the run
/// number and `--seed`, so an exploration is itself reproducible.
struct ExploreRandom {
    private var state: UInt64

    init(seed: UInt64, run: Int) { state = seed ^ (UInt64(truncatingIfNeeded: run) &* 0xD1B5_4A32_D192_ED03) ^ 0x2545_F491_4F6C_DD1D }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// `count` numbers in `0..<length` (repeats allowed), sorted.
    mutating func steps(_ count: Int, within length: Int) -> [Int] {
        (0..<max(0, count)).map { _ in below(max(1, length)) }.sorted()
    }
}

/// The switch points a run offered (those where another thread was waiting for the GIL),
/// counted: the strategies place their preemptions among them, so a window of one switch
/// point in a long run is as likely as any other.
protocol CountingDriver: ScheduleDriver {
    var questions: Int { get }
}

/// The program's own schedule (no preemptions, the automatic rule), counting its switch points.
final class BaselineDriver: CountingDriver {
    private(set) var questions = 0
    func nextQuestion(after step: Int) -> Int { step + 1 }
    func preempt(step: Int, running: ThreadID, waiting: [ThreadID]) -> ThreadID? {
        questions += 1
        return nil
    }
    func choose(step: Int, candidates: [ThreadID], automatic: Int) -> Int { automatic }
}

/// Random scheduling: up to `maxPreemptions` preemptions at random switch points, each to a
/// random waiting thread, and random picks whenever the GIL is free.
final class RandomDriver: CountingDriver {
    private var random: ExploreRandom
    /// Switch points (by number) at which to preempt, earliest first.
    private var targets: [Int]
    private(set) var questions = 0

    init(random: ExploreRandom, maxPreemptions: Int, length: Int) {
        self.random = random
        let count = maxPreemptions <= 0 ? 0 : 1 + self.random.below(maxPreemptions)
        targets = self.random.steps(count, within: length)
    }

    /// Every switch point until the last preemption; then the run goes at full speed.
    func nextQuestion(after step: Int) -> Int { targets.isEmpty ? Int.max : step + 1 }

    func preempt(step: Int, running: ThreadID, waiting: [ThreadID]) -> ThreadID? {
        defer { questions += 1 }
        guard let first = targets.first, questions >= first else { return nil }
        targets.removeFirst()
        return waiting[random.below(waiting.count)]
    }

    func choose(step: Int, candidates: [ThreadID], automatic: Int) -> Int { random.below(candidates.count) }
}

/// PCT (Burckhardt et al., "A randomized scheduler with probabilistic guarantees of finding
/// bugs", ASPLOS 2010): each thread gets a random priority, the highest-priority thread that
/// can run runs, and at `depth - 1` random steps the running thread drops below all others.
/// A bug of depth d in a run of k switch points with n threads is found with probability at
/// least 1/(n k^(d-1)) per run.
final class PCTDriver: CountingDriver {
    private var random: ExploreRandom
    private var priorities: [ThreadID: Int] = [:]
    /// Switch points (by number) at which the running thread's priority drops, earliest
    /// first, with the low value it drops to (d-1, d-2, ..., 1: later drops go lower).
    private var changes: [(point: Int, priority: Int)]
    private let depth: Int
    private(set) var questions = 0

    init(random: ExploreRandom, depth: Int, length: Int) {
        var random = random
        let d = max(1, depth)
        let steps = random.steps(d - 1, within: length)
        changes = steps.enumerated().map { ($0.element, d - 1 - $0.offset) }
        self.random = random
        self.depth = d
    }

    /// Every switch point is a question: a waiting thread of higher priority takes over there.
    func nextQuestion(after step: Int) -> Int { step + 1 }

    private func priority(_ t: ThreadID) -> Int {
        if let p = priorities[t] { return p }
        // Initial priorities lie above every change point's (depth ... depth + 2^20).
        let p = depth + 1 + random.below(1 << 20)
        priorities[t] = p
        return p
    }

    func preempt(step: Int, running: ThreadID, waiting: [ThreadID]) -> ThreadID? {
        defer { questions += 1 }
        while let change = changes.first, questions >= change.point {
            changes.removeFirst()
            priorities[running] = change.priority
        }
        let best = waiting.max { priority($0) < priority($1) }!
        return priority(best) > priority(running) ? best : nil
    }

    func choose(step: Int, candidates: [ThreadID], automatic: Int) -> Int {
        candidates.indices.max { priority(candidates[$0]) < priority(candidates[$1]) }!
    }
}

/// Depth-first search over the decisions of a run with at most `bound` preemptions (CHESS's
/// preemption bounding): a run follows the decisions of `prefix`, then the defaults (go on;
/// the automatic rule), and records every decision point it met so the next run can take the
/// next alternative of the deepest point that has one.
final class DFSDriver: ScheduleDriver {
    /// A decision point: how many alternatives it had and which was taken (0 is the default:
    /// go on, or the automatic rule's pick), and whether the alternatives other than 0 preempt.
    struct Point {
        var alternatives: Int
        var taken: Int
        var preempts: Bool
    }

    let bound: Int
    /// The decisions to follow, then defaults.
    private let prefix: [Point]
    /// Every decision point of this run, in order.
    private(set) var points: [Point] = []
    private var preemptions = 0

    init(prefix: [Point], bound: Int) {
        self.prefix = prefix
        self.bound = bound
    }

    func nextQuestion(after step: Int) -> Int {
        // Past the prefix with the bound used up, no switch point has an alternative left.
        points.count >= prefix.count && preemptions >= bound ? Int.max : step + 1
    }

    func preempt(step: Int, running: ThreadID, waiting: [ThreadID]) -> ThreadID? {
        let taken = decide(alternatives: waiting.count + 1, preempts: true)
        if taken == 0 { return nil }
        preemptions += 1
        return waiting[taken - 1]
    }

    func choose(step: Int, candidates: [ThreadID], automatic: Int) -> Int {
        let taken = decide(alternatives: candidates.count, preempts: false)
        // Alternative 0 is the automatic pick; the others follow in candidate order.
        let order = [automatic] + candidates.indices.filter { $0 != automatic }
        return order[taken]
    }

    private func decide(alternatives: Int, preempts: Bool) -> Int {
        var taken = 0
        if points.count < prefix.count, prefix[points.count].alternatives == alternatives { taken = prefix[points.count].taken }
        points.append(Point(alternatives: alternatives, taken: taken, preempts: preempts))
        return taken
    }

    /// The prefix of the next run after one that met `points`: the deepest point with an
    /// alternative left within the bound, moved on to it; nil when the tree is covered.
    static func nextPrefix(after points: [Point], bound: Int) -> [Point]? {
        var used = points.reduce(0) { $0 + ($1.preempts && $1.taken > 0 ? 1 : 0) }
        var i = points.count - 1
        while i >= 0 {
            let p = points[i]
            if p.preempts && p.taken > 0 { used -= 1 }
            let cost = p.preempts ? 1 : 0
            if p.taken + 1 < p.alternatives && used + cost <= bound {
                var next = Array(points[..<i])
                next.append(Point(alternatives: p.alternatives, taken: p.taken + 1, preempts: p.preempts))
                return next
            }
            i -= 1
        }
        return nil
    }
}
