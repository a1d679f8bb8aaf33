import TerminalUI
import Trace

/// The locks, frames and output panes.
extension RunViewRenderer {
    // MARK: - Locks

    /// How many lines the locks pane wants (for the layout).
    func lockLineCount(width: Int) -> Int { lockGroups(width: width).reduce(0) { $0 + $1.lines.count } }

    /// The GIL of each process, then every primitive that exists at the cursor, each with its
    /// state and a second line for its waiters in order. What changed in the last step is highlighted.
    func lockLines(width: Int = 1_000) -> [StyledLine] { lockGroups(width: width).flatMap(\.lines) }

    /// The locks pane's entries, one per GIL or primitive, marked when on the deadlock cycle.
    /// Waiters go on the entry's own line when it fits in `width`, else on a second line.
    func lockGroups(width: Int) -> [(lines: [StyledLine], onCycle: Bool)] {
        func entry(_ head: StyledLine, _ waiters: StyledLine?) -> [StyledLine] {
            guard let waiters else { return [head] }
            if head.width + waiters.width <= width { return [StyledLine(head.spans + waiters.spans)] }
            return [head, waiters]
        }
        var groups: [(lines: [StyledLine], onCycle: Bool)] = []
        let before = cursor - 1
        for process in gilProcesses {
            let holder = trace.gilHolder(process: process, atChange: cursor)
            let changed = cursor > 0 && holder != trace.gilHolder(process: process, atChange: before)
            var spans = [Span(text: gilProcesses.count == 1 ? "GIL " : "GIL p\(process.raw) ", style: theme.strong)]
            if let holder {
                spans.append(Span(text: theme.strings.heldBy, style: theme.dim))
                spans.append(Span(text: name(holder), style: changed ? theme.changed : threadStyle(holder, bold: true)))
            } else {
                spans.append(Span(text: theme.strings.free, style: changed ? theme.changed : theme.dim))
            }
            // The holder is left out: the hand-off and its state change are separate changes.
            let waiting = trace.threads.filter {
                $0.process == process && $0.id != holder && trace.slice(of: $0.id, atChange: cursor)?.state == .waitingForGIL
            }
            groups.append((entry(StyledLine(spans), waiting.isEmpty ? nil : waitersLine(waiting.map(\.id), changed: false)), false))
        }
        let cycle = Set(visibleEnding?.cyclePrimitives ?? [])
        for info in trace.primitives {
            guard let now = trace.snapshot(of: info.id, atChange: cursor) else { continue }
            let previous = cursor > 0 ? trace.snapshot(of: info.id, atChange: before) : nil
            let isNew = previous == nil && cursor > 0
            let stateChanged = isNew || previous?.owner != now.owner || previous?.value != now.value
            let onCycle = cycle.contains(info.id)
            var spans: [Span] = []
            if onCycle { spans.append(Span(text: theme.cycleMark + " ", style: theme.cycle)) }
            if info.kind == .thread {
                // A thread being joined: "join Thread-1" reads better than its kind after it.
                spans.append(Span(text: theme.strings.join, style: theme.dim))
                spans.append(Span(text: info.label, style: onCycle ? theme.cycle : theme.strong))
            } else {
                spans.append(Span(text: info.label, style: onCycle ? theme.cycle : theme.strong))
                spans.append(Span(text: " \(theme.strings.kind(info.kind)) ", style: theme.dim))
                spans += status(of: info.kind, now, changed: stateChanged)
            }
            let waiters = now.waiters.isEmpty ? nil : waitersLine(now.waiters, changed: isNew || previous?.waiters != now.waiters)
            groups.append((entry(StyledLine(spans), waiters), onCycle))
        }
        return groups
    }

    private func status(of kind: PrimitiveKind, _ snapshot: PrimitiveSnapshot, changed: Bool) -> [Span] {
        let valueStyle = changed ? theme.changed : theme.plain
        let s = theme.strings
        func held(_ prefix: String, suffix: String = "") -> [Span] {
            guard let owner = snapshot.owner else { return [Span(text: prefix + s.free, style: changed ? theme.changed : theme.good)] }
            return [Span(text: prefix + s.heldBy, style: theme.dim),
                    Span(text: name(owner), style: changed ? theme.changed : threadStyle(owner, bold: true)),
                    Span(text: suffix, style: valueStyle)]
        }
        switch kind {
        case .lock: return held("")
        case .rlock: return held("", suffix: " x\(snapshot.value)")
        case .condition: return held(s.lockOf)
        case .semaphore, .boundedSemaphore: return [Span(text: s.value(Int(snapshot.value)), style: valueStyle)]
        case .event: return [Span(text: snapshot.value != 0 ? s.eventSet : s.eventClear, style: valueStyle)]
        case .queue: return [Span(text: s.queueSize(Int(snapshot.value)), style: valueStyle)]
        case .barrier: return [Span(text: s.arrived(Int(snapshot.value)), style: valueStyle)]
        case .thread, .process: return []
        case .pipe: return [Span(text: s.pipeBytes(Int(snapshot.value)), style: valueStyle)]
        case .future: return [Span(text: snapshot.value != 0 ? s.futureDone : s.futurePending, style: valueStyle)]
        }
    }

    private func waitersLine(_ waiters: [ThreadID], changed: Bool) -> StyledLine {
        var spans = [Span(text: theme.strings.waiting, style: changed ? theme.changed : theme.dim)]
        // In order: the first name is the next to be woken.
        for (position, thread) in waiters.enumerated() {
            if position > 0 { spans.append(Span(text: theme.strings.listSeparator, style: theme.dim)) }
            spans.append(Span(text: name(thread), style: threadStyle(thread)))
        }
        return StyledLine(spans)
    }

    func drawLocks(in grid: inout CellGrid, rect: Rect, hint: String = "") {
        let inner = Pane.draw(in: &grid, rect: rect, title: theme.strings.locks + hint, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        var groups = lockGroups(width: inner.width)
        if groups.isEmpty {
            grid.write(theme.strings.noneYet, x: inner.x, y: inner.y, style: theme.dim, clip: inner)
        }
        // Lines that do not fit are dropped; the deadlock cycle's primitives come first then.
        if groups.reduce(0, { $0 + $1.lines.count }) > inner.height {
            groups = groups.filter(\.onCycle) + groups.filter { !$0.onCycle }
        }
        for (row, line) in groups.flatMap(\.lines).prefix(inner.height).enumerated() {
            line.draw(in: &grid, x: inner.x, y: inner.y + row, clip: inner)
        }
    }

    // MARK: - Frames

    /// The selected thread's stack, innermost first, then its suspended generators (dimmed),
    /// each with its locals and cells. Values that changed since the previous change stand out.
    func frameLines() -> [StyledLine] {
        let s = theme.strings
        guard let thread = selectedThread else { return [StyledLine(s.noThreadsYet, theme.dim)] }
        let state = trace.slice(of: thread.id, atChange: cursor)?.state
        // A suspended greenlet or task: where it waits to be switched back to.
        let suspendedAt = state == .suspended ? trace.slice(of: thread.id, atChange: cursor).map { Int($0.line) }.flatMap { $0 > 0 ? $0 : nil } : nil
        guard let frames = trace.frames(of: thread.id, atChange: cursor) else {
            let text: String
            switch state {
            case .some(.finished): text = s.finished
            case .none, .some(.notStarted): text = s.notStarted
            default: text = suspendedAt.map(s.suspendedAtLine) ?? s.noFrames
            }
            return [StyledLine(text, theme.dim)]
        }
        let previousFrames = cursor > 0 ? Self.keyed(trace.frames(of: thread.id, atChange: cursor - 1) ?? []) : []
        let previous = Dictionary(previousFrames.map { ($0.key, $0.frame) }, uniquingKeysWith: { first, _ in first })
        let current = Self.keyed(frames)
        var lines: [StyledLine] = []
        if state == .finished { lines.append(StyledLine(s.finishedLastFrames, theme.dim)) }
        if let line = suspendedAt { lines.append(StyledLine(s.suspendedAtLine(line), theme.dim)) }
        let active = frames.enumerated().filter { $0.element.kind == .active }.reversed()
        let suspended = frames.enumerated().filter { $0.element.kind == .suspendedGenerator }
        for (position, (offset, frame)) in (Array(active) + suspended).enumerated() {
            let key = current[offset].key
            let old = previous[key]
            let isSuspended = frame.kind == .suspendedGenerator
            let mark = isSuspended ? theme.suspendedMark : position == 0 ? theme.frameMark : " "
            var header = [Span(text: mark + " ", style: isSuspended ? theme.dim : theme.strong),
                          Span(text: frame.function, style: isSuspended ? theme.dim : theme.definition)]
            header.append(Span(text: isSuspended ? s.pausedAtLine(frame.line) : s.atLine(frame.line), style: theme.dim))
            lines.append(StyledLine(header))
            for variable in frame.locals {
                // A frame that was not there one change ago (a call) counts as all new.
                let changed = !previous.isEmpty && old?.locals.first { $0.name == variable.name }?.repr != variable.repr
                lines.append(StyledLine([
                    Span(text: "    \(variable.name) = ", style: isSuspended ? theme.dim : theme.plain),
                    Span(text: variable.repr, style: changed ? theme.changed : isSuspended ? theme.dim : theme.plain),
                ]))
            }
            for cell in frame.cells {
                let changed = !previous.isEmpty && old?.cells.first { $0.cellID == cell.cellID }?.repr != cell.repr
                var spans = [Span(text: "    \(theme.cellMark) \(cell.name) = ", style: isSuspended ? theme.dim : theme.inlineCode),
                             Span(text: cell.repr, style: changed ? theme.changed : isSuspended ? theme.dim : theme.plain)]
                var note = s.cellOf(cell.owner)
                if !cell.sharedWith.isEmpty { note += s.sharedWith(cell.sharedWith.joined(separator: s.listSeparator)) }
                spans.append(Span(text: note, style: theme.dim))
                lines.append(StyledLine(spans))
            }
        }
        return lines
    }

    /// Frames keyed by kind, depth among their kind and function, so a frame is compared with
    /// the same frame one change earlier.
    private static func keyed(_ frames: [FrameSnapshot]) -> [(key: String, frame: FrameSnapshot)] {
        var depth: [FrameSnapshot.Kind: Int] = [:]
        return frames.map { frame in
            let n = depth[frame.kind, default: 0]
            depth[frame.kind] = n + 1
            return ("\(frame.kind == .active ? "a" : "g")\(n):\(frame.function)", frame)
        }
    }

    func drawFrames(in grid: inout CellGrid, rect: Rect) {
        var title = theme.strings.frames
        if let thread = selectedThread {
            title = theme.strings.framesOf(thread.name)
            if let state = trace.slice(of: thread.id, atChange: cursor)?.state { title += (theme.unicode ? " · " : " - ") + theme.strings.state(state) }
        }
        let inner = Pane.draw(in: &grid, rect: rect, title: title, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        for (row, line) in frameLines().prefix(inner.height).enumerated() {
            line.draw(in: &grid, x: inner.x, y: inner.y + row, clip: inner)
        }
    }

    // MARK: - Output

    /// The last `count` output lines up to the cursor, each with its stream.
    func outputLines(last count: Int) -> [(text: String, stream: OutputStream)] {
        let chunks = trace.output(throughChange: cursor)
        guard count > 0, !chunks.isEmpty else { return [] }
        // Only the tail is needed: walk back until enough line breaks are seen.
        var start = chunks.endIndex
        var breaks = 0
        while start > chunks.startIndex && breaks <= count {
            start -= 1
            breaks += chunks[start].text.filter { $0 == "\n" }.count
        }
        var lines: [(text: String, stream: OutputStream)] = []
        var open = false
        for chunk in chunks[start...] {
            let pieces = chunk.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (position, piece) in pieces.enumerated() {
                if position == 0 && open, let last = lines.popLast() {
                    lines.append((last.text + piece, last.stream == chunk.stream ? last.stream : .stderr))
                } else if position < pieces.count - 1 || !piece.isEmpty {
                    lines.append((String(piece), chunk.stream))
                }
            }
            open = !chunk.text.hasSuffix("\n")
        }
        return Array(lines.suffix(count))
    }

    func drawOutput(in grid: inout CellGrid, rect: Rect) {
        let inner = Pane.draw(in: &grid, rect: rect, title: theme.strings.output, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        let lines = outputLines(last: inner.height)
        for (row, line) in lines.enumerated() {
            let y = inner.y + row
            if line.stream == .stderr {
                grid.write(theme.stderrMark, x: inner.x, y: y, style: theme.stderrStyle, clip: inner)
                grid.write(line.text, x: inner.x + 1, y: y, style: theme.stderrStyle, clip: inner)
            } else {
                grid.write(line.text, x: inner.x + 1, y: y, style: theme.plain, clip: inner)
            }
        }
    }
}
