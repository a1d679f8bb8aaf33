import TerminalUI

/// Where the run view's panes go: code on the left; frames, locks and output on the right;
/// the timeline across the bottom. Designed at 80x22 (the body of 80x24) and grows with the
/// terminal: the timeline takes rows for threads, the code pane half the width.
struct RunViewLayout: Equatable {
    var code: Rect
    var frames: Rect
    var locks: Rect
    var output: Rect
    var timeline: Rect
    /// The process table (top right) and the address spaces (under the code): only in a run
    /// of several processes, nil otherwise.
    var processes: Rect?
    var memory: Rect?
    /// The event loop and kernel panes, stacked under the locks when there is room for all;
    /// empty otherwise (the locks' rect then shows the one the learner picked with `p`).
    var side: [Rect] = []

    /// The code pane's width: half the screen, at least 40 columns.
    static func codeWidth(for area: Rect) -> Int { max(40, area.width / 2) }

    /// - Parameters:
    ///   - timelineRows: rows the timeline wants inside its border (axis, GIL rows, threads).
    ///   - lockRows: lines the locks pane wants inside its border.
    ///   - frameRows: lines the frames pane wants; the locks pane may take what frames leave free.
    ///   - processRows, memoryRows: lines the process table and the address spaces want; 0 (a
    ///     single-process run) leaves both out.
    ///   - sideRows: lines each extra side pane (event loop, kernel) wants; empty leaves them out.
    init(area: Rect, timelineRows: Int, lockRows: Int, frameRows: Int, processRows: Int = 0, memoryRows: Int = 0, sideRows: [Int] = []) {
        let maxTimeline = max(6, area.height * 2 / 5)
        let timelineHeight = min(max(timelineRows + 2, 5), maxTimeline)
        let (top, bottom) = area.splitBottom(timelineHeight)
        timeline = bottom
        var (left, right) = top.splitLeft(Self.codeWidth(for: area))
        var outputHeight = max(4, right.height / 4)
        if processRows > 0 {
            // The code keeps at least half its column. On the right the output gives up a line
            // and the table takes what leaves frames and locks six rows (a border and a line each).
            let (codeRect, memoryRect) = left.splitBottom(min(max(memoryRows + 2, 4), left.height / 2))
            left = codeRect
            memory = memoryRect
            outputHeight = max(3, right.height / 4)
            let (tableRect, rest) = right.splitTop(min(processRows + 2, max(right.height - outputHeight - 6, 3)))
            processes = tableRect
            right = rest
        }
        code = left
        let (upper, out) = right.splitBottom(outputHeight)
        output = out
        let framesWant = max(frameRows + 2, 3)
        if !sideRows.isEmpty {
            // Each pane gets what it wants up to a cap, the frames at least a quarter: if that
            // does not fit, one slot shows the locks or the pane picked with `p`.
            let wants = ([lockRows] + sideRows).map { min(max($0 + 2, 3), Self.sidePaneCap) }
            let framesKeep = max(min(framesWant, upper.height / 4), 3)
            if wants.reduce(0, +) + framesKeep <= upper.height {
                var rest = upper
                var rects: [Rect] = []
                for want in wants.reversed() {
                    let (above, rect) = rest.splitBottom(want)
                    rects.insert(rect, at: 0)
                    rest = above
                }
                frames = rest
                locks = rects[0]
                side = Array(rects.dropFirst())
                return
            }
        }
        let locksHeight = min(max(lockRows + 2, 3), max(upper.height - framesWant, upper.height / 2))
        let (framesRect, locksRect) = upper.splitBottom(locksHeight)
        frames = framesRect
        locks = locksRect
    }

    /// Rows a side pane takes at most when they are stacked (borders included).
    static let sidePaneCap = 10
}
