/// Chrome trace-event JSON (`traceEvents`), which Perfetto and chrome://tracing open:
/// one track per thread with complete events for its states, a GIL track per process, and
/// instant events for primitive operations and output.
public enum ChromeTrace {
    /// A track id per process for its GIL, clear of real thread ids.
    static func gilTrack(_ process: ProcessID) -> Int { 1_000_000 + Int(process.raw) }

    public static func json(_ trace: Trace) -> String {
        var events: [String] = []
        for process in trace.processes {
            events.append(#"{"name":"process_name","ph":"M","pid":\#(process.raw),"tid":0,"args":{"name":"process \#(process.raw)"}}"#)
            events.append(#"{"name":"thread_name","ph":"M","pid":\#(process.raw),"tid":\#(gilTrack(process)),"args":{"name":"GIL"}}"#)
        }
        let primitiveLabels = Dictionary(uniqueKeysWithValues: trace.primitives.map { ($0.id, $0.label) })
        for thread in trace.threads {
            let pid = thread.process.raw
            let tid = thread.id.raw
            events.append(#"{"name":"thread_name","ph":"M","pid":\#(pid),"tid":\#(tid),"args":{"name":\#(quote(thread.name))}}"#)
            events.append(#"{"name":"thread_sort_index","ph":"M","pid":\#(pid),"tid":\#(tid),"args":{"sort_index":\#(tid)}}"#)
            for (position, slice) in trace.slices(of: thread.id).enumerated() {
                let name: String
                switch slice.state {
                case .notStarted, .finished: continue
                case let .blocked(on: primitive): name = "blocked on \(primitiveLabels[primitive] ?? "?")"
                case let .running(core): name = "running (core \(core))"
                case .waitingForGIL, .waitingForCore, .sleeping: name = slice.state.label
                }
                let start = trace.time(ofChange: Int(slice.startChange))
                let end = trace.endTime(of: thread.id, sliceAt: position)
                events.append(#"{"name":\#(quote(name)),"cat":"state","ph":"X","ts":\#(micros(start)),"dur":\#(micros(end - start)),"pid":\#(pid),"tid":\#(tid),"args":{"line":\#(slice.line)}}"#)
            }
        }
        let names = Dictionary(uniqueKeysWithValues: trace.threads.map { ($0.id, $0.name) })
        for process in trace.processes {
            let handoffs = trace.gilHandoffs(process: process)
            for (index, handoff) in handoffs.enumerated() {
                guard let holder = handoff.holder else { continue }
                let end = index + 1 < handoffs.count ? handoffs[index + 1].time : trace.endTime
                events.append(#"{"name":\#(quote(names[holder] ?? "?")),"cat":"gil","ph":"X","ts":\#(micros(handoff.time)),"dur":\#(micros(end - handoff.time)),"pid":\#(process.raw),"tid":\#(gilTrack(process)),"args":{"reason":\#(quote(handoff.reason.rawValue))}}"#)
            }
        }
        for primitive in trace.primitives {
            for operation in trace.operations(on: primitive.id) {
                let owner = operation.owner.map { quote(names[$0] ?? "?") } ?? "null"
                events.append(#"{"name":\#(quote("\(operation.operation.rawValue) \(primitive.label)")),"cat":"primitive","ph":"i","s":"t","ts":\#(micros(operation.time)),"pid":\#(primitive.process.raw),"tid":\#(operation.thread.raw),"args":{"kind":"\#(primitive.kind.rawValue)","owner":\#(owner),"value":\#(operation.value)}}"#)
            }
        }
        let processOf = Dictionary(uniqueKeysWithValues: trace.threads.map { ($0.id, $0.process.raw) })
        for chunk in trace.outputs {
            events.append(#"{"name":"\#(chunk.stream.rawValue)","cat":"output","ph":"i","s":"t","ts":\#(micros(chunk.time)),"pid":\#(processOf[chunk.thread] ?? 1),"tid":\#(chunk.thread.raw),"args":{"text":\#(quote(chunk.text))}}"#)
        }
        return "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n" + events.joined(separator: ",\n") + "\n]}\n"
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
