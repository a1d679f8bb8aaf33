/// Bordered, titled regions of a grid.
public enum Pane {
    /// Draws a border with a title in `rect` and returns the inner rect.
    ///
    /// The title sits on the top border after one line segment, padded by a space each side
    /// and truncated to fit; it is dropped when the pane is too narrow to show any of it.
    /// A rect under 2x2 has no room for a border: nothing is drawn and the rect comes back.
    @discardableResult
    public static func draw(in grid: inout CellGrid, rect: Rect, title: String?, box: BoxStyle,
                            style: Style = .plain, titleStyle: Style = .plain) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return rect }
        let clip = rect.intersection(grid.bounds)
        let inner = String(repeating: box.horizontal, count: rect.width - 2)
        grid.write(String(box.topLeft) + inner + String(box.topRight), x: rect.x, y: rect.y, style: style, clip: clip)
        grid.write(String(box.bottomLeft) + inner + String(box.bottomRight),
                   x: rect.x, y: rect.maxY - 1, style: style, clip: clip)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.write(String(box.vertical), x: rect.x, y: y, style: style, clip: clip)
            grid.write(String(box.vertical), x: rect.maxX - 1, y: y, style: style, clip: clip)
        }
        if let title, !title.isEmpty {
            // Corner, one line segment, space, title, space, at least one segment, corner.
            let room = rect.width - 6
            if room >= 1 {
                let shown = " " + truncate(title, width: room, ascii: box == .ascii) + " "
                grid.write(shown, x: rect.x + 2, y: rect.y, style: titleStyle, clip: clip)
            }
        }
        return rect.inset(by: 1)
    }
}
