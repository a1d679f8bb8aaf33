import Foundation
import TerminalUI
import Trace

/// The kernel pane: each process's descriptor table at the cursor.
extension RunViewRenderer {
    /// A line per open descriptor under its process's pid: fd, what it is, TCP state, what
    /// waits in its buffer or accept queue, the threads blocked on it, then its addresses (the
    /// most telling first, as narrow panes cut the end). A descriptor that changed at the
    /// cursor stands out.
    /// - Parameter wrap: addresses too wide for an entry's line get a line of their own;
    ///   false leaves them out (a pane too short for every entry twice).
    func kernelLines(width: Int = 1_000, wrap: Bool = true) -> [StyledLine] {
        let s = theme.strings
        guard let tables = trace.descriptorTables(atChange: cursor), tables.contains(where: { !$0.descriptors.isEmpty }) else {
            return [StyledLine(s.noDescriptors, theme.dim)]
        }
        let before = cursor > 0 ? trace.descriptorTables(atChange: cursor - 1) ?? [] : []
        var lines: [StyledLine] = []
        for table in tables where !table.descriptors.isEmpty {
            lines.append(StyledLine(s.kernelOf(table.pid), theme.strong))
            let old = before.first { $0.pid == table.pid }?.descriptors ?? []
            let fdWidth = String(table.descriptors.map(\.fd).max() ?? 3).count
            for d in table.descriptors {
                let changed = cursor > 0 && old.first { $0.fd == d.fd } != d
                var spans = [Span(text: pad(String(d.fd), width: fdWidth, alignRight: true) + " ", style: theme.strong)]
                func add(_ text: String, _ style: Style) {
                    spans.append(Span(text: text + " ", style: changed ? theme.changed : style))
                }
                switch d.kind {
                case .pipeRead, .pipeWrite:
                    add(d.kind == .pipeRead ? s.pipeReadEnd : s.pipeWriteEnd, theme.plain)
                    if d.kind == .pipeRead && d.buffered > 0 { add(s.pipeBuffer(d.buffered), theme.plain) }
                case .tcp:
                    add("TCP", theme.plain)
                    add(d.tcpState ?? "", theme.definition)
                    if d.tcpState == "LISTEN" { add(s.acceptQueue(d.acceptQueue), theme.plain) }
                    if d.buffered > 0 { add(s.receiveBuffer(d.buffered), theme.plain) }
                case .udp:
                    add("UDP", theme.plain)
                    if d.buffered > 0 { add(s.receiveBuffer(d.buffered), theme.plain) }
                case .epoll:
                    add(s.epollInstance, theme.plain)
                }
                if !d.waiters.isEmpty {
                    spans.append(Span(text: s.waiting.trimmingCharacters(in: .whitespaces) + " ", style: changed ? theme.changed : theme.dim))
                    for (position, thread) in d.waiters.enumerated() {
                        if position > 0 { spans.append(Span(text: s.listSeparator, style: theme.dim)) }
                        spans.append(Span(text: name(thread), style: threadStyle(thread)))
                    }
                    spans.append(Span(text: " ", style: theme.dim))
                }
                guard let local = d.local else {
                    lines.append(StyledLine(spans))
                    continue
                }
                let addresses = Span(text: local + (d.remote.map { (theme.unicode ? "→" : "->") + $0 } ?? ""), style: theme.dim)
                // Too wide for one line: the addresses go on the next, under the kind.
                if StyledLine(spans + [addresses]).width <= width {
                    lines.append(StyledLine(spans + [addresses]))
                } else {
                    lines.append(StyledLine(spans))
                    if wrap { lines.append(StyledLine([Span(text: String(repeating: " ", count: fdWidth + 1), style: theme.dim), addresses])) }
                }
            }
        }
        return lines
    }

    func drawKernel(in grid: inout CellGrid, rect: Rect, hint: String = "") {
        let inner = Pane.draw(in: &grid, rect: rect, title: theme.strings.kernelPane + hint, box: theme.box, style: theme.border,
                              titleStyle: theme.paneTitle)
        var lines = kernelLines(width: inner.width)
        if lines.count > inner.height { lines = kernelLines(width: inner.width, wrap: false) }
        if lines.count > inner.height && inner.height > 1 {
            // Hundreds of sockets (idle_and_busy.py): the first ones, then how many more.
            let left = lines.count - (inner.height - 1)
            lines = Array(lines.prefix(inner.height - 1)) + [StyledLine(theme.strings.moreEntries(left).trimmingCharacters(in: .whitespaces), theme.dim)]
        }
        for (row, line) in lines.prefix(inner.height).enumerated() {
            line.draw(in: &grid, x: inner.x, y: inner.y + row, clip: inner)
        }
    }
}
