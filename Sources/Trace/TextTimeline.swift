/// The `run --timeline` view: one row per thread, a glyph per state, a GIL row per process,
/// a time axis with units and a legend. Plain ASCII so it survives any terminal or log.
public enum TextTimeline {
    static let glyphs: [(category: Int, glyph: Character, label: String)] = [
        (0, "#", "running"), (1, "-", "waiting for the GIL"), (2, "~", "waiting for a core"),
        (3, "x", "blocked"), (4, ".", "sleeping"), (5, ":", "suspended"),
        // A read's two phases in the kernel (KernelPhase), in the legend only when they occur.
        (6, "w", "wait for data"), (7, "c", "copy to user"),
    ]
    static let basicGlyphs = 5

    /// The glyph category of a state (the summary's kind); nil for states drawn blank.
    static func category(_ state: ThreadState) -> Int? { TraceSummary.kind(state) }

    /// Renders the trace in `width` columns (at least 40).
    public static func render(_ trace: Trace, width: Int = 100) -> String {
        let width = max(width, 40)
        let keys = threadKeys(trace.threads)
        let several = trace.processes.count > 1
        let gilLabels = trace.processes.map { several ? "GIL (\(trace.processLabels[$0] ?? "process \($0.raw)"))" : "GIL" }
        // With several processes each thread is named with its process's pid.
        func label(_ thread: ThreadInfo) -> String {
            guard several, let p = trace.processLabels[thread.process] else { return thread.name }
            return p.replacingOccurrences(of: "pid ", with: "") + " " + thread.name
        }
        let nameWidth = min(max((trace.threads.map { label($0).count } + gilLabels.map(\.count)).max() ?? 3, 3), 24)
        let columns = width - nameWidth - 2
        let unit = niceBucket(for: trace.endTime, columns: columns)
        let used = max(Int((trace.endTime + unit - 1) / unit), 1)

        var out = "timeline (virtual time; one column = \(formatDuration(unit)))\n"
        out += String(repeating: " ", count: nameWidth + 2) + axis(columns: min(used, columns), unit: unit) + "\n"
        let phases = kernelPhases(trace)
        let switches = switchColumns(trace, unit: unit)
        for thread in trace.threads {
            var row = threadRow(trace, thread.id, columns: min(used, columns), unit: unit, phases: phases)
            if let marks = switches[thread.id] {
                var cells = Array(row)
                for column in marks where column < cells.count { cells[column] = switchGlyph }
                row = String(cells)
            }
            out += pad(label(thread), nameWidth) + "  " + row + "\n"
        }
        for (process, label) in zip(trace.processes, gilLabels) {
            out += pad(label, nameWidth) + "  " + gilRow(trace, process, keys: keys, columns: min(used, columns), unit: unit) + "\n"
        }
        // Suspended lanes (greenlets) and a read's phases are in the legend only when they occur.
        let hasGreenlets = trace.threads.contains { $0.host != nil }
        let shown = glyphs.filter { $0.category < basicGlyphs || ($0.category == 5 && hasGreenlets) || ($0.category > 5 && !phases.isEmpty) }
        let marked = switches.isEmpty ? "" : "  \(switchGlyph) switched to (greenlet or task)"
        out += "legend: " + shown.map { "\($0.glyph) \($0.label)" }.joined(separator: "  ") + marked + "  (blank) not started or finished\n"
        if !trace.processes.isEmpty {
            out += "GIL holder: " + trace.threads.map { "\(keys[$0.id] ?? "?")=\(label($0))" }.joined(separator: "  ") + "\n"
        }
        if let summary = trace.summary, !trace.isComplete {
            out += "note: the run made \(trace.changeCount) changes; past the first \(trace.detailRange.count) this timeline is drawn "
                + "from a summary in buckets of \(formatDuration(summary.bucketWidth))\n"
        }
        // Rows are padded to the run's length; trailing blanks carry nothing.
        return out.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// Marks a column where a greenlet or task took its thread over from another.
    static let switchGlyph: Character = ">"

    /// The columns where each lane took its OS thread over (Trace.switchMarks), for runs with
    /// greenlets or asyncio tasks; empty otherwise.
    static func switchColumns(_ trace: Trace, unit: Nanoseconds) -> [ThreadID: [Int]] {
        var hosts: [ThreadID] = []
        for thread in trace.threads { if let host = thread.host, !hosts.contains(host) { hosts.append(host) } }
        var columns: [ThreadID: [Int]] = [:]
        for host in hosts {
            for mark in trace.switchMarks(of: host) {
                columns[mark.to, default: []].append(Int(trace.time(ofChange: mark.change) / max(unit, 1)))
            }
        }
        return columns
    }

    /// The kernel primitives that stand for a read's phases.
    static func kernelPhases(_ trace: Trace) -> [PrimitiveID: KernelPhase] {
        var phases: [PrimitiveID: KernelPhase] = [:]
        for p in trace.primitives { if let phase = KernelPhase(label: p.label) { phases[p.id] = phase } }
        return phases
    }

    /// Single-character keys for the GIL row: M for the main thread, then 1-9, a-z, A-Z.
    static func threadKeys(_ threads: [ThreadInfo]) -> [ThreadID: Character] {
        var keys: [ThreadID: Character] = [:]
        let pool = Array("123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLNOPQRSTUVWXYZ")
        var next = 0
        for thread in threads {
            if thread.name == "MainThread" && !keys.values.contains("M") {
                keys[thread.id] = "M"
            } else {
                keys[thread.id] = next < pool.count ? pool[next] : "+"
                next += 1
            }
        }
        return keys
    }

    /// Each column shows the state the thread spent most of that column's time in.
    static func threadRow(_ trace: Trace, _ thread: ThreadID, columns: Int, unit: Nanoseconds,
                          phases: [PrimitiveID: KernelPhase] = [:]) -> String {
        var totals = Array(repeating: Array(repeating: Int64(0), count: glyphs.count), count: columns)
        if !trace.isComplete {
            // Detail covers part of the run: every column comes from the summary alike.
            for column in 0..<columns {
                let start = Nanoseconds(column) * unit
                if let sums = trace.stateTotals(of: thread, from: start, to: min(start + unit, trace.endTime)) {
                    for (k, v) in sums.enumerated() where k < glyphs.count { totals[column][k] = v }
                }
            }
        }
        let list = trace.isComplete ? trace.slices(of: thread) : []
        for (position, slice) in list.enumerated() {
            guard var category = category(slice.state) else { continue }
            if case .blocked(let p) = slice.state, let phase = phases[p] { category = phase.rawValue }
            let start = trace.time(ofChange: slice.startChange)
            let end = trace.endTime(of: thread, sliceAt: position)
            accumulate(start: start, end: end, unit: unit, columns: columns) { totals[$0][category] += $1 }
        }
        return String(totals.map { column -> Character in
            guard let best = column.indices.max(by: { column[$0] < column[$1] || (column[$0] == column[$1] && $0 > $1) }),
                  column[best] > 0 else { return " " }
            return glyphs[best].glyph
        })
    }

    static func gilRow(_ trace: Trace, _ process: ProcessID, keys: [ThreadID: Character], columns: Int, unit: Nanoseconds) -> String {
        var totals = Array(repeating: [ThreadID: Int64](), count: columns)
        if !trace.isComplete {
            for column in 0..<columns {
                let start = Nanoseconds(column) * unit
                totals[column] = trace.gilTotals(process: process, from: start, to: min(start + unit, trace.endTime))?.filter { $0.value > 0 } ?? [:]
            }
        }
        let handoffs = trace.isComplete ? trace.gilHandoffs(process: process) : []
        for (index, handoff) in handoffs.enumerated() {
            guard let holder = handoff.holder else { continue }
            let end = index + 1 < handoffs.count ? handoffs[index + 1].time : trace.endTime
            accumulate(start: handoff.time, end: end, unit: unit, columns: columns) { totals[$0][holder, default: 0] += $1 }
        }
        return String(totals.map { column -> Character in
            guard let best = column.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return " " }
            return keys[best.key] ?? "?"
        })
    }

    /// Spreads the interval [start, end) over the columns it covers; an instantaneous interval
    /// still marks its column so short events stay visible.
    static func accumulate(start: Nanoseconds, end: Nanoseconds, unit: Nanoseconds, columns: Int, _ add: (Int, Int64) -> Void) {
        let first = min(Int(start / unit), columns - 1)
        if end <= start {
            add(first, 0)
            return
        }
        let last = min(Int((end - 1) / unit), columns - 1)
        for column in first...max(first, last) {
            let lower = max(start, Int64(column) * unit)
            let upper = min(end, Int64(column + 1) * unit)
            add(column, max(upper - lower, 1))
        }
    }

    /// A column width of 1, 2 or 5 times a power of ten nanoseconds that fits the run.
    static func niceBucket(for total: Nanoseconds, columns: Int) -> Nanoseconds {
        let target = max(total / Int64(max(columns, 1)), 1)
        var scale: Int64 = 1
        while true {
            for step in [1, 2, 5] as [Int64] where step * scale >= target {
                return step * scale
            }
            scale *= 10
        }
    }

    static func axis(columns: Int, unit: Nanoseconds) -> String {
        var line = Array(repeating: Character(" "), count: columns)
        var column = 0
        while column < columns {
            let label = Array("|" + formatDuration(Int64(column) * unit))
            if column + label.count > columns && column > 0 { break }
            for (offset, character) in label.enumerated() where column + offset < columns {
                line[column + offset] = character
            }
            column += max(10, label.count + 2)
        }
        return String(line)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}

/// Formats a duration with a unit a person reads at a glance: `0`, `750ns`, `1.5us`, `20ms`, `2.25s`.
public func formatDuration(_ ns: Nanoseconds) -> String {
    if ns == 0 { return "0" }
    let units: [(Int64, String)] = [(1_000_000_000, "s"), (1_000_000, "ms"), (1_000, "us")]
    for (size, name) in units where abs(ns) >= size {
        let whole = ns / size
        let fraction = abs(ns % size) * 100 / size
        if fraction == 0 { return "\(whole)\(name)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(digits)\(name)"
    }
    return "\(ns)ns"
}
