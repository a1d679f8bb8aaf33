import Foundation

/// Chrome trace-event JSON (`traceEvents`), which Perfetto and chrome://tracing open:
/// one track per thread with complete events for its states, a GIL track per process, and
/// instant events for primitive operations and output.
///
/// A trace that holds only part of its run in detail (past `Trace.defaultDetailLimit` changes)
/// gets the rest as one `summary` event per thread and GIL per time bucket, named after the
/// state that filled most of it, with every state's share in its args; the file's `otherData`
/// says so. Whatever the run, the file stays under `byteLimit`: detail that does not fit is
/// left out (and said so), never gigabytes.
public enum ChromeTrace {
    /// The most a trace file may hold (Perfetto opens files of this size comfortably).
    public static let defaultByteLimit = 190_000_000
    /// Room kept for the summary events and the file's closing when detail is cut.
    static let summaryReserve = 20_000_000

    /// A track id per process for its GIL, clear of real thread ids.
    static func gilTrack(_ process: ProcessID) -> Int { 1_000_000 + Int(process.raw) }

    /// The whole file as a string (tests and small traces).
    public static func json(_ trace: Trace, byteLimit: Int = defaultByteLimit) -> String {
        var out = ""
        _ = stream(trace, byteLimit: byteLimit) { out += $0 }
        return out
    }

    /// Streams the file to `path` in pieces, never holding it whole. Returns a note for stderr
    /// when the file summarises or leaves out part of the run, nil when it holds every change.
    public static func write(_ trace: Trace, toFile path: String, byteLimit: Int = defaultByteLimit) throws -> String? {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer = ""
        var failure: Error?
        let note = stream(trace, byteLimit: byteLimit) { piece in
            buffer += piece
            guard buffer.utf8.count >= 1 << 20, failure == nil else { return }
            do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = error }
            buffer = ""
        }
        if failure == nil { do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = error } }
        if let failure { throw failure }
        return note
    }

    /// Produces the file in order through `sink`; returns the note `write` gives.
    static func stream(_ trace: Trace, byteLimit: Int, _ sink: (String) -> Void) -> String? {
        let partial = !trace.isComplete && trace.summary != nil
        var written = 0
        var cut = false
        var first = true
        /// Writes one event unless it would pass `limit`; false once the limit is reached.
        func emit(_ event: String, limit: Int) -> Bool {
            let piece = (first ? "" : ",\n") + event
            guard written + piece.utf8.count <= limit else {
                cut = true
                return false
            }
            first = false
            written += piece.utf8.count
            sink(piece)
            return true
        }
        var head = "{\"displayTimeUnit\":\"ns\","
        if partial, let summary = trace.summary {
            head += "\"otherData\":{\"summarized\":\(quote(summaryNote(trace, summary)))},"
        }
        head += "\"traceEvents\":[\n"
        sink(head)
        written += head.utf8.count
        let detailLimit = byteLimit - 8 - (partial ? min(summaryReserve, byteLimit / 4) : 0)
        for event in metadataEvents(trace) where !emit(event, limit: detailLimit) { break }
        detailEvents(trace) { emit($0, limit: detailLimit) }
        if partial { summaryEvents(trace) { emit($0, limit: byteLimit - 8) } }
        sink("\n]}\n")
        guard partial || cut else { return nil }
        var note = "trace: "
        if partial, let summary = trace.summary { note += summaryNote(trace, summary) }
        if cut { note += (partial ? "; " : "") + "detail past \(byteLimit / 1_000_000) MB was left out of the file" }
        return note + "\n"
    }

    static func summaryNote(_ trace: Trace, _ summary: TraceSummary) -> String {
        "the run made \(trace.changeCount) changes; the first \(trace.detailRange.count) are in detail, "
            + "the rest summarised per thread in buckets of \(formatDuration(summary.bucketWidth)) (cat \"summary\")"
    }

    static func metadataEvents(_ trace: Trace) -> [String] {
        var events: [String] = []
        for process in trace.processes {
            let name = trace.processLabels[process] ?? "process \(process.raw)"
            events.append(#"{"name":"process_name","ph":"M","pid":\#(process.raw),"tid":0,"args":{"name":\#(quote(name))}}"#)
            events.append(#"{"name":"thread_name","ph":"M","pid":\#(process.raw),"tid":\#(gilTrack(process)),"args":{"name":"GIL"}}"#)
        }
        return events
    }

    /// The detailed events in the file's order: thread slices, GIL holders, primitive
    /// operations, output. Stops when `emit` returns false.
    static func detailEvents(_ trace: Trace, _ emit: (String) -> Bool) {
        let primitiveLabels = Dictionary(uniqueKeysWithValues: trace.primitives.map { ($0.id, $0.label) })
        for thread in trace.threads {
            let pid = thread.process.raw
            let tid = thread.id.raw
            guard emit(#"{"name":"thread_name","ph":"M","pid":\#(pid),"tid":\#(tid),"args":{"name":\#(quote(thread.name))}}"#),
                  emit(#"{"name":"thread_sort_index","ph":"M","pid":\#(pid),"tid":\#(tid),"args":{"sort_index":\#(tid)}}"#) else { return }
            for (position, slice) in trace.slices(of: thread.id).enumerated() {
                let name: String
                switch slice.state {
                case .notStarted, .finished: continue
                case let .blocked(on: primitive):
                    // A read's phases in the kernel are named as the lesson names them.
                    let label = primitiveLabels[primitive] ?? "?"
                    name = KernelPhase(label: label) != nil ? label : "blocked on \(label)"
                case let .running(core): name = "running (core \(core))"
                case .waitingForGIL, .waitingForCore, .sleeping, .suspended: name = slice.state.label
                }
                let start = trace.time(ofChange: slice.startChange)
                let end = trace.endTime(of: thread.id, sliceAt: position)
                guard emit(#"{"name":\#(quote(name)),"cat":"state","ph":"X","ts":\#(micros(start)),"dur":\#(micros(end - start)),"pid":\#(pid),"tid":\#(tid),"args":{"line":\#(slice.line)}}"#) else { return }
            }
        }
        let names = Dictionary(uniqueKeysWithValues: trace.threads.map { ($0.id, $0.name) })
        for process in trace.processes {
            let handoffs = trace.gilHandoffs(process: process)
            for (index, handoff) in handoffs.enumerated() {
                guard let holder = handoff.holder else { continue }
                let end = index + 1 < handoffs.count ? handoffs[index + 1].time : trace.detailTimes.upperBound
                guard emit(#"{"name":\#(quote(names[holder] ?? "?")),"cat":"gil","ph":"X","ts":\#(micros(handoff.time)),"dur":\#(micros(end - handoff.time)),"pid":\#(process.raw),"tid":\#(gilTrack(process)),"args":{"reason":\#(quote(handoff.reason.rawValue))}}"#) else { return }
            }
        }
        for primitive in trace.primitives {
            for operation in trace.operations(on: primitive.id) {
                let owner = operation.owner.map { quote(names[$0] ?? "?") } ?? "null"
                guard emit(#"{"name":\#(quote("\(operation.operation.rawValue) \(primitive.label)")),"cat":"primitive","ph":"i","s":"t","ts":\#(micros(operation.time)),"pid":\#(primitive.process.raw),"tid":\#(operation.thread.raw),"args":{"kind":"\#(primitive.kind.rawValue)","owner":\#(owner),"value":\#(operation.value)}}"#) else { return }
            }
        }
        let processOf = Dictionary(uniqueKeysWithValues: trace.threads.map { ($0.id, $0.process.raw) })
        for chunk in trace.outputs {
            guard emit(#"{"name":"\#(chunk.stream.rawValue)","cat":"output","ph":"i","s":"t","ts":\#(micros(chunk.time)),"pid":\#(processOf[chunk.thread] ?? 1),"tid":\#(chunk.thread.raw),"args":{"text":\#(quote(chunk.text))}}"#) else { return }
        }
    }

    /// One event per thread and GIL per summary bucket outside the detail's time span.
    static func summaryEvents(_ trace: Trace, _ emit: (String) -> Bool) {
        guard let summary = trace.summary else { return }
        let width = summary.bucketWidth
        let detail = trace.detailTimes
        var spans: [(Nanoseconds, Nanoseconds)] = []
        var time: Nanoseconds = 0
        while time < trace.endTime {
            let end = min(time + width, trace.endTime)
            // The parts of the bucket the detail does not cover.
            if time < detail.lowerBound { spans.append((time, min(end, detail.lowerBound))) }
            if end > detail.upperBound { spans.append((max(time, detail.upperBound), end)) }
            time = end
        }
        let labels = ["running", "waiting for the GIL", "waiting for a core", "blocked", "sleeping"]
        for thread in trace.threads {
            for (start, end) in spans where end > start {
                guard let totals = trace.stateTotals(of: thread.id, from: start, to: end),
                      let best = totals.indices.max(by: { totals[$0] < totals[$1] }), totals[best] > 0 else { continue }
                let total = Double(end - start)
                let shares = totals.indices.filter { totals[$0] > 0 }
                    .map { "\(quote(labels[$0])):\(Double(Int(Double(totals[$0]) / total * 1000)) / 1000)" }.joined(separator: ",")
                guard emit(#"{"name":\#(quote(labels[best])),"cat":"summary","ph":"X","ts":\#(micros(start)),"dur":\#(micros(end - start)),"pid":\#(thread.process.raw),"tid":\#(thread.id.raw),"args":{\#(shares)}}"#) else { return }
            }
        }
        let names = Dictionary(uniqueKeysWithValues: trace.threads.map { ($0.id, $0.name) })
        for process in trace.processes {
            for (start, end) in spans where end > start {
                guard let totals = trace.gilTotals(process: process, from: start, to: end),
                      let best = totals.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }), best.value > 0 else { continue }
                let total = Double(end - start)
                let shares = totals.sorted { $0.key < $1.key }.filter { $0.value > 0 }
                    .map { "\(quote(names[$0.key] ?? "?")):\(Double(Int(Double($0.value) / total * 1000)) / 1000)" }.joined(separator: ",")
                guard emit(#"{"name":\#(quote(names[best.key] ?? "?")),"cat":"summary","ph":"X","ts":\#(micros(start)),"dur":\#(micros(end - start)),"pid":\#(process.raw),"tid":\#(gilTrack(process)),"args":{\#(shares)}}"#) else { return }
            }
        }
    }

    /// Microseconds with nanosecond precision, as the format's `ts` expects.
    static func micros(_ ns: Nanoseconds) -> String {
        let fraction = abs(ns % 1000)
        let sign = ns < 0 ? "-" : ""
        let digits = String(fraction)
        return "\(sign)\(abs(ns) / 1000).\(String(repeating: "0", count: 3 - digits.count))\(digits)"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
