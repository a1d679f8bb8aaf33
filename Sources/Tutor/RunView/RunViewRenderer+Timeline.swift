import TerminalUI
import Trace

/// The timeline pane: a row per thread with its state over virtual time, a GIL row per
/// process, the time axis, and the cursor's column.
extension RunViewRenderer {
    /// The geometry the timeline uses for a pane rect: name column, bar columns and unit.
    struct TimelineGeometry: Equatable {
        var nameWidth: Int
        var columns: Int
        var threadRows: Int
        var unit: Nanoseconds
        var start: Nanoseconds
    }

    /// Columns and rows for `rect`; the unit is the controller's zoom, else the smallest nice
    /// unit that fits the run up to the cursor.
    func timelineGeometry(for rect: Rect) -> TimelineGeometry {
        let inner = rect.inset(by: 1)
        var longest = trace.threads.map { displayWidth($0.name) }.max() ?? 3
        if showsProcesses { longest = max(longest, trace.processes.map { displayWidth(processLabel($0)) - 2 }.max() ?? 0) }
        let nameWidth = min(max(longest, 4), inner.width >= 150 ? 24 : inner.width >= 95 ? 16 : 12) + 2
        let columns = max(inner.width - nameWidth - 1, 1)
        // With several processes the GIL lanes sit under their processes and scroll with them.
        let threadRows = max(inner.height - 1 - (showsProcesses ? 0 : gilProcesses.count), 1)
        let unit = state.zoom ?? Self.fitUnit(cursorTime, columns: columns)
        return TimelineGeometry(nameWidth: nameWidth, columns: columns, threadRows: threadRows, unit: unit,
                                start: state.zoom == nil ? 0 : state.timelineStart)
    }

    /// The smallest zoom level that shows `[0, time]` in `columns` (with a column to spare).
    static func fitUnit(_ time: Nanoseconds, columns: Int) -> Nanoseconds {
        let levels = PlaybackController.zoomLevels
        return levels.first { $0 * Nanoseconds(max(columns - 1, 1)) > time } ?? levels[levels.count - 1]
    }

    func drawTimeline(in grid: inout CellGrid, rect: Rect) {
        let geometry = timelineGeometry(for: rect)
        let rows = timelineRowList
        let count = rows.count
        let firstRow = min(state.threadScroll, max(count - geometry.threadRows, 0))
        let lastRow = min(firstRow + geometry.threadRows, count)
        var title = theme.strings.timeline(formatDuration(geometry.unit, ascii: !theme.unicode))
        if count > geometry.threadRows {
            title += showsProcesses ? theme.strings.rowRange(firstRow + 1, lastRow, count) : theme.strings.threadRange(firstRow + 1, lastRow, count)
        }
        let inner = Pane.draw(in: &grid, rect: rect, title: title, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        guard inner.height >= 1, inner.width > geometry.nameWidth else { return }
        let barX = inner.x + geometry.nameWidth + 1
        let bars = Rect(x: barX, y: inner.y, width: geometry.columns, height: inner.height)
        let cursorColumn = Int((cursorTime - geometry.start) / max(geometry.unit, 1))

        drawAxis(in: &grid, x: barX, y: inner.y, geometry: geometry, cursorColumn: cursorColumn, clip: inner)
        var y = inner.y + 1
        let selected = selectedThread?.id
        let cycle = Set(visibleEnding?.cycleThreads ?? [])
        let switches = switchMarksByLane()
        for position in firstRow..<lastRow where y < inner.maxY {
            let row: Int
            switch rows[position] {
            case .thread(let index): row = index
            case .process(let process):
                var style = theme.strong
                style.underline = true
                let label = truncate(processLabel(process), width: geometry.nameWidth, ascii: !theme.unicode)
                grid.write(label, x: inner.x, y: y, style: style, clip: inner)
                drawProcessBar(process, in: &grid, x: barX, y: y, geometry: geometry, clip: bars)
                y += 1
                continue
            case .gil(let process):
                grid.write("  GIL", x: inner.x, y: y, style: theme.strong, clip: inner)
                drawGILBar(process, in: &grid, x: barX, y: y, geometry: geometry, clip: bars)
                y += 1
                continue
            }
            let info = trace.threads[row]
            var labelStyle = threadStyle(info.id, bold: info.id == selected)
            if info.id == selected { labelStyle.reverse = true }
            let key = String(keys[info.id] ?? "?")
            var x = inner.x
            x += grid.write(key + " ", x: x, y: y, style: threadStyle(info.id, bold: true), clip: inner)
            let label = truncate(info.name, width: geometry.nameWidth - 2, ascii: !theme.unicode)
            grid.write(label, x: x, y: y, style: cycle.contains(info.id) ? theme.cycle : labelStyle, clip: inner)
            drawThreadBar(info.id, in: &grid, x: barX, y: y, geometry: geometry, cursorColumn: cursorColumn, clip: bars)
            if let marks = switches[info.id] { drawSwitchMarks(marks, in: &grid, x: barX, y: y, geometry: geometry, clip: bars) }
            y += 1
        }
        for process in gilProcesses where y < inner.maxY && !showsProcesses {
            let label = gilProcesses.count == 1 ? "GIL" : "GIL p\(process.raw)"
            grid.write(truncate(label, width: geometry.nameWidth, ascii: !theme.unicode), x: inner.x, y: y, style: theme.strong, clip: inner)
            drawGILBar(process, in: &grid, x: barX, y: y, geometry: geometry, clip: bars)
            y += 1
        }
        if cursorColumn >= 0 && cursorColumn < geometry.columns {
            let marker = theme.cursorColumn
            grid.restyle(Rect(x: barX + cursorColumn, y: inner.y + 1, width: 1, height: inner.height - 1)) { style in
                style.reverse = marker.reverse
            }
        }
        drawLegend(in: &grid, rect: rect)
    }

    private func drawAxis(in grid: inout CellGrid, x: Int, y: Int, geometry: TimelineGeometry, cursorColumn: Int, clip: Rect) {
        // A tick every ten columns: ten units is again a 1-2-5 value, so labels stay round.
        let tick = geometry.unit * 10
        var column = Int(((geometry.start + tick - 1) / tick * tick - geometry.start) / geometry.unit)
        while column < geometry.columns {
            let time = geometry.start + Nanoseconds(column) * geometry.unit
            let label = "|" + formatDuration(time, ascii: !theme.unicode)
            if column + displayWidth(label) > geometry.columns { break }
            // A label under the cursor's marker would be misread ("|▼50s" for 249.5s): skip it.
            if !((column + 1)..<(column + displayWidth(label))).contains(cursorColumn) {
                grid.write(label, x: x + column, y: y, style: theme.dim, clip: clip)
            }
            column += 10
        }
        if cursorColumn >= 0 && cursorColumn < geometry.columns {
            grid.write(theme.unicode ? "▼" : "v", x: x + cursorColumn, y: y, style: theme.strong, clip: clip)
        }
    }

    /// Each column shows the state the thread spent most of that column in, up to the cursor.
    private func drawThreadBar(_ thread: ThreadID, in grid: inout CellGrid, x: Int, y: Int, geometry: TimelineGeometry,
                               cursorColumn: Int, clip: Rect) {
        let slices = trace.slices(of: thread)
        let phases = kernelPhases
        let unit = max(geometry.unit, 1)
        let viewEnd = min(geometry.start + Nanoseconds(geometry.columns) * unit, cursorTime + 1)
        guard viewEnd > geometry.start else { return }
        let categories = Theme.StateCategory.allCases.count
        var totals = [Nanoseconds](repeating: 0, count: geometry.columns * categories)
        var instant = [Int](repeating: -1, count: geometry.columns)
        // Before the changes the trace holds in detail (a long run), the summary draws the row.
        let detailStart = trace.changeBase > 0 ? trace.detailTimes.lowerBound : geometry.start
        if detailStart > geometry.start {
            for column in 0..<geometry.columns {
                let from = geometry.start + Nanoseconds(column) * unit
                let to = min(from + unit, detailStart, viewEnd)
                guard to > from else { break }
                for (kind, time) in (trace.stateTotals(of: thread, from: from, to: to) ?? []).enumerated() where time > 0 {
                    totals[column * categories + kind] += time
                }
            }
        }
        // The first slice that could reach the window: the last one starting at or before its start.
        var position = Trace.upperBound(slices.count) { trace.time(ofChange: slices[$0].startChange) <= geometry.start }
        position = max(position - 1, 0)
        let visibleEnd = Trace.upperBound(slices.count) {
            slices[$0].startChange <= cursor && trace.time(ofChange: slices[$0].startChange) < viewEnd
        }
        if visibleEnd - position > 4 * geometry.columns {
            // Far more slices than columns (a long run seen whole): sample each column at four
            // instants instead of visiting every slice, so a frame costs the same at any length.
            position = slices.count
            for column in 0..<geometry.columns {
                for k in 0..<4 {
                    let time = geometry.start + Nanoseconds(column) * unit + unit * Nanoseconds(2 * k + 1) / 8
                    if time > cursorTime { break }
                    if time < detailStart { continue }
                    let at = Trace.upperBound(visibleEnd) { trace.time(ofChange: slices[$0].startChange) <= time }
                    guard at > 0, let category = Theme.StateCategory(slices[at - 1].state, phases: phases) else { continue }
                    totals[column * categories + category.rawValue] += 1
                }
            }
        }
        while position < slices.count {
            let slice = slices[position]
            if slice.startChange > cursor { break }
            let start = trace.time(ofChange: slice.startChange)
            if start >= viewEnd { break }
            let hasNext = position + 1 < slices.count && slices[position + 1].startChange <= cursor
            // The current slice reaches into the cursor's column, so the present state shows.
            let end = hasNext ? trace.time(ofChange: slices[position + 1].startChange) : cursorTime + 1
            position += 1
            guard let category = Theme.StateCategory(slice.state, phases: phases) else { continue }
            let from = max(start, geometry.start, detailStart)
            let to = min(end, viewEnd)
            if to <= from {
                // An instant slice still marks its column, unless a longer one claims it.
                let column = Int((from - geometry.start) / unit)
                if column >= 0 && column < geometry.columns { instant[column] = category.rawValue }
                continue
            }
            var column = Int((from - geometry.start) / unit)
            while column < geometry.columns {
                let columnStart = geometry.start + Nanoseconds(column) * unit
                let columnEnd = columnStart + unit
                if columnStart >= to { break }
                totals[column * categories + category.rawValue] += min(columnEnd, to) - max(columnStart, from)
                column += 1
            }
        }
        var chosen = [Int](repeating: -1, count: geometry.columns)
        for column in 0..<geometry.columns {
            var best = instant[column]
            var bestTotal: Nanoseconds = 0
            for category in 0..<categories where totals[column * categories + category] > bestTotal {
                best = category
                bestTotal = totals[column * categories + category]
            }
            if column == cursorColumn, let now = trace.slice(of: thread, atChange: cursor).flatMap({ Theme.StateCategory($0.state, phases: phases) }) {
                // The cursor's column shows the state right now, however briefly it has lasted.
                best = now.rawValue
            }
            chosen[column] = best
        }
        // One write per run of equal columns: far fewer grid writes on long, steady rows.
        var runStart = 0
        for column in 1...geometry.columns where column == geometry.columns || chosen[column] != chosen[runStart] {
            if let category = Theme.StateCategory(rawValue: chosen[runStart]) {
                grid.write(String(repeating: theme.glyph(category), count: column - runStart), x: x + runStart, y: y,
                           style: theme.stateStyle(category), clip: clip)
            }
            runStart = column
        }
    }

    /// The holder at each column's middle (up to the cursor), as the holder's key in its colour.
    private func drawGILBar(_ process: ProcessID, in grid: inout CellGrid, x: Int, y: Int, geometry: TimelineGeometry, clip: Rect) {
        let unit = max(geometry.unit, 1)
        for column in 0..<geometry.columns {
            let columnStart = geometry.start + Nanoseconds(column) * unit
            if columnStart > cursorTime { break }
            let sample = min(columnStart + unit / 2, cursorTime)
            if trace.changeBase > 0 && sample < trace.detailTimes.lowerBound {
                // Before the detail the trace holds (a long run): the longest holder in the column.
                let shares = trace.gilTotals(process: process, from: columnStart, to: min(columnStart + unit, cursorTime + 1)) ?? [:]
                if let holder = shares.filter({ $0.value > 0 }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
                    grid.write(String(keys[holder] ?? "?"), x: x + column, y: y, style: threadStyle(holder, bold: true), clip: clip)
                }
                continue
            }
            guard let change = trace.lastChange(atOrBefore: sample) else { continue }
            guard let holder = trace.gilHolder(process: process, atChange: min(change, cursor)) else { continue }
            grid.write(String(keys[holder] ?? "?"), x: x + column, y: y, style: threadStyle(holder, bold: true), clip: clip)
        }
    }

    /// The kernel primitives that stand for a read's two phases (`KernelPhase`).
    private var kernelPhases: [PrimitiveID: KernelPhase] {
        var phases: [PrimitiveID: KernelPhase] = [:]
        for p in trace.primitives { if let phase = KernelPhase(label: p.label) { phases[p.id] = phase } }
        return phases
    }

    private func drawLegend(in grid: inout CellGrid, rect: Rect) {
        var spans: [Span] = [Span(text: " ", style: theme.border)]
        // Only runs with greenlets have suspended lanes: the others keep the shorter legend.
        let hasGreenlets = trace.threads.contains { $0.host != nil }
        let hasPhases = !kernelPhases.isEmpty
        for category in Theme.StateCategory.allCases
        where (category != .suspended || hasGreenlets) && (![.waitForData, .copyToUser].contains(category) || hasPhases) {
            spans.append(Span(text: String(theme.glyph(category)), style: theme.stateStyle(category)))
            spans.append(Span(text: " \(theme.strings.legend(category)) ", style: theme.dim))
        }
        if hasGreenlets {
            // Where a lane took the thread over, when the legend still fits with it.
            let withSwitch = spans + [Span(text: String(switchGlyph), style: theme.stateStyle(.running)),
                                      Span(text: " \(theme.strings.switchLegend) ", style: theme.dim)]
            if StyledLine(withSwitch).width + 4 <= rect.width { spans = withSwitch }
        }
        var line = StyledLine(spans)
        if showsProcesses && line.width + StyledLine(processLegend).width + 4 <= rect.width {
            line = StyledLine(spans + processLegend)
        }
        guard line.width + 4 <= rect.width, rect.height >= 3 else { return }
        line.draw(in: &grid, x: rect.maxX - line.width - 2, y: rect.maxY - 1, clip: rect)
    }
}
