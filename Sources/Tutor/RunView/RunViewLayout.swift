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

    /// The code pane's width: half the screen, at least 40 columns.
    static func codeWidth(for area: Rect) -> Int { max(40, area.width / 2) }

    /// - Parameters:
    ///   - timelineRows: rows the timeline wants inside its border (axis, GIL rows, threads).
    ///   - lockRows: lines the locks pane wants inside its border.
    ///   - frameRows: lines the frames pane wants; the locks pane may take what frames leave free.
    init(area: Rect, timelineRows: Int, lockRows: Int, frameRows: Int) {
        let maxTimeline = max(6, area.height * 2 / 5)
        let timelineHeight = min(max(timelineRows + 2, 5), maxTimeline)
        let (top, bottom) = area.splitBottom(timelineHeight)
        timeline = bottom
        let (left, right) = top.splitLeft(Self.codeWidth(for: area))
        code = left
        let outputHeight = max(4, right.height / 4)
        let (upper, out) = right.splitBottom(outputHeight)
        output = out
        let framesWant = max(frameRows + 2, 3)
        let locksHeight = min(max(lockRows + 2, 3), max(upper.height - framesWant, upper.height / 2))
        let (framesRect, locksRect) = upper.splitBottom(locksHeight)
        frames = framesRect
        locks = locksRect
    }
}
