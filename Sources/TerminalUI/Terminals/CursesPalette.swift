import CNcursesw

/// Maps styles to curses attributes, allocating colour pairs lazily per (fg, bg).
///
/// Curses has a small fixed number of pairs and init_pair is cheap, so pairs are made on
/// first use rather than up front for all 17x17 combinations.
struct CursesPalette {
    private var pairs: [Int: Int16] = [:]
    private var nextPair = 1
    private var pairLimit = 0
    private var colorCount = 8
    private var defaultColors = true

    mutating func reset(defaultColors: Bool, colorCount: Int, pairLimit: Int) {
        self.defaultColors = defaultColors
        self.colorCount = colorCount
        self.pairLimit = pairLimit
        pairs.removeAll()
        nextPair = 1
    }

    mutating func attributes(for style: Style, colors: Bool) -> (attr_t, Int16) {
        var attributes = ctui_a_normal()
        if style.bold { attributes |= ctui_a_bold() }
        if style.dim { attributes |= ctui_a_dim() }
        if style.underline { attributes |= ctui_a_underline() }
        if style.reverse { attributes |= ctui_a_reverse() }
        if style.italic { attributes |= ctui_a_italic() }
        guard colors else { return (attributes, 0) }
        var (fg, fgBright) = index(of: style.foreground, isForeground: true)
        let (bg, _) = index(of: style.background, isForeground: false)
        if fgBright {
            // Eight-colour terminals show the bright half of the palette as bold.
            attributes |= ctui_a_bold()
            fg = fg >= 8 ? fg - 8 : fg
        }
        return (attributes, pair(fg: fg, bg: bg))
    }

    /// The curses colour number (-1 = terminal default) and whether bright must be faked with bold.
    private func index(of color: Color, isForeground: Bool) -> (Int16, Bool) {
        guard let palette = color.paletteIndex else {
            if defaultColors { return (-1, false) }
            return (isForeground ? 7 : 0, false)
        }
        if palette >= 8, colorCount < 16 {
            return (Int16(palette - 8), isForeground)
        }
        return (Int16(palette), false)
    }

    private mutating func pair(fg: Int16, bg: Int16) -> Int16 {
        if fg == -1, bg == -1 { return 0 }
        let key = Int(fg) * 1000 + Int(bg)
        if let existing = pairs[key] { return existing }
        // Out of pairs: fall back to the default pair rather than recycling one already on screen.
        guard nextPair < pairLimit, nextPair <= Int(Int16.max) else { return 0 }
        let number = Int16(nextPair)
        guard init_pair(number, fg, bg) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }
}
