import Foundation
import Trace

/// A run's scheduling decisions as text, replayable with `run --schedule` and `watch
/// --schedule`: `v1:HEADER:DECISIONS:STEPS`.
///
/// - HEADER: the switch-point mode (`cpython`, `every` or `nogil`) and the options that shape
///   the schedule when they differ from the defaults (`seed=N`, `si=SECONDS`, `cores=N`,
///   `max=N` for the step budget), comma-separated.
/// - DECISIONS: comma-separated, in order: `aN` N decisions by the automatic rule, `tK` a
///   decision that went to thread K (who took a free GIL), `pStK` a preemption: at the switch
///   point S instructions into the run, the running thread gave the GIL to thread K.
/// - STEPS: the instructions the whole run executed; a replay that ends elsewhere diverged.
///
/// Thread numbers are the trace's (the main thread is 0, then in creation order).
public struct Schedule: Equatable, Sendable {
    public static let version = "v1"

    /// The options the run had (those the header does not name are the defaults).
    public var options: RunOptions
    public var decisions: ChoiceLog
    public var steps: Int

    public init(options: RunOptions, decisions: ChoiceLog, steps: Int) {
        self.options = options
        self.decisions = decisions
        self.steps = steps
    }

    /// How many of the decisions are preemptions.
    public var preemptions: Int { decisions.preemptionCount }

    /// The text form.
    public var text: String {
        let defaults = RunOptions()
        var header = [options.noGIL ? "nogil" : options.switchPoints.rawValue]
        if options.seed != defaults.seed { header.append("seed=\(options.seed)") }
        if options.switchInterval != defaults.switchInterval { header.append("si=\(options.switchInterval)") }
        if options.cores != defaults.cores { header.append("cores=\(options.cores)") }
        if options.maxSteps != defaults.maxSteps { header.append("max=\(options.maxSteps)") }
        var items: [String] = []
        var next = 0
        for pick in decisions.picks {
            if pick.index > next { items.append("a\(pick.index - next)") }
            if let step = pick.step { items.append("p\(step)t\(pick.thread.raw)") } else { items.append("t\(pick.thread.raw)") }
            next = pick.index + 1
        }
        if decisions.count > next { items.append("a\(decisions.count - next)") }
        return "\(Schedule.version):\(header.joined(separator: ",")):\(items.joined(separator: ",")):\(steps)"
    }

    /// Parses the text form; every problem is a message naming the part at fault.
    public static func parse(_ text: String) -> Result<Schedule, ScheduleError> {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.first == version else {
            return .failure(ScheduleError("it must start with '\(version):' (a schedule printed by `concurrency-tutor explore`)"))
        }
        guard parts.count == 4 else {
            return .failure(ScheduleError("it has \(parts.count) parts separated by ':'; a \(version) schedule has 4 (version, options, decisions, steps)"))
        }
        var options = RunOptions()
        for token in parts[1].split(separator: ",").map(String.init) {
            let kv = token.split(separator: "=", maxSplits: 1).map(String.init)
            switch (kv[0], kv.count == 2 ? kv[1] : nil) {
            case ("cpython", nil): options.switchPoints = .cpython
            case ("every", nil): options.switchPoints = .every
            case ("nogil", nil): options.noGIL = true
            case ("seed", let v?) where UInt64(v) != nil: options.seed = UInt64(v)!
            case ("si", let v?) where Double(v).map({ $0 > 0 }) == true: options.switchInterval = Double(v)!
            case ("cores", let v?) where Int(v).map({ $0 >= 1 }) == true: options.cores = Int(v)!
            case ("max", let v?) where Int(v).map({ $0 >= 0 }) == true: options.maxSteps = Int(v)!
            default: return .failure(ScheduleError("unknown option '\(token)' in its options part"))
            }
        }
        var log = ChoiceLog()
        var lastStep = -1
        for (n, token) in parts[2].split(separator: ",", omittingEmptySubsequences: false).enumerated() where !(parts[2].isEmpty) {
            let body = token.dropFirst()
            switch token.first {
            case "a"?:
                guard let count = Int(body), count > 0 else { return .failure(ScheduleError("decision item \(n + 1) '\(token)' is not a count")) }
                log.appendAutomatic(count: count)
            case "t"?:
                guard let k = Int32(body), k >= 0 else { return .failure(ScheduleError("decision item \(n + 1) '\(token)' is not a thread")) }
                log.appendPick(ThreadID(k))
            case "p"?:
                let fields = body.split(separator: "t", omittingEmptySubsequences: false)
                guard fields.count == 2, let step = Int(fields[0]), let k = Int32(fields[1]), step >= 0, k >= 0 else {
                    return .failure(ScheduleError("decision item \(n + 1) '\(token)' is not a preemption (pSTEPtTHREAD)"))
                }
                guard step > lastStep else {
                    return .failure(ScheduleError("decision item \(n + 1) '\(token)' preempts at step \(step), not after the previous one (\(lastStep))"))
                }
                lastStep = step
                log.appendPreemption(step: step, thread: ThreadID(k))
            default:
                return .failure(ScheduleError("decision item \(n + 1) '\(token)' is none of aN, tK, pStK"))
            }
        }
        guard let steps = Int(parts[3]), steps >= 0 else {
            return .failure(ScheduleError("its last part '\(parts[3])' is not a step count"))
        }
        return .success(Schedule(options: options, decisions: log, steps: steps))
    }
}

/// Why a schedule's text cannot be read.
public struct ScheduleError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "bad schedule: \(message)" }
}
