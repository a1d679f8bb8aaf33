import TerminalUI

/// A box over the current screen listing every key it understands; any key closes it.
struct HelpOverlay {
    let screenTitle: String
    let entries: [(key: String, action: String)]

    /// The keys every screen has: the language switch, Ctrl-C, and closing the help.
    static func globalEntries(_ strings: Strings, unicode: Bool) -> [Strings.Hint] {
        [("L", strings.languageHelp(unicode: unicode)), ("Ctrl-C", strings.quitAtOnce), (strings.anyKey, strings.closeHelp)]
    }

    func draw(in grid: inout CellGrid, area: Rect, theme: Theme) {
        let all = entries + Self.globalEntries(theme.strings, unicode: theme.unicode)
        let keyWidth = all.map { displayWidth($0.key) }.max() ?? 0
        let actionWidth = all.map { displayWidth($0.action) }.max() ?? 0
        let width = min(max(keyWidth + actionWidth + 8, 40), area.width - 4)
        let height = min(all.count + 4, area.height - 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        grid.fill(box)
        let inner = Pane.draw(in: &grid, rect: box, title: theme.strings.helpTitle(screenTitle), box: theme.box,
                              style: theme.strong, titleStyle: theme.paneTitle)
        for (row, entry) in all.enumerated() where row + 1 < inner.height {
            let y = inner.y + 1 + row
            grid.write(pad(entry.key, width: keyWidth), x: inner.x + 2, y: y, style: theme.inlineCode, clip: inner)
            grid.write(entry.action, x: inner.x + 4 + keyWidth, y: y, clip: inner)
        }
    }
}
