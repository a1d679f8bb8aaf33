import CNcursesw

extension CursesTerminal {
    /// Next key; waits at most `timeout` milliseconds (nil = forever, 0 = poll). nil when none arrived.
    public func readKey(timeout: Int?) -> Key? {
        if !pendingKeys.isEmpty {
            return pendingKeys.removeFirst()
        }
        guard isActive else { return nil }
        let window = ctui_stdscr()
        wtimeout(window, timeout.map { Int32(clamping: max(0, $0)) } ?? -1)
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == KEY_CODE_YES {
            return key(forCode: Int32(bitPattern: code))
        }
        guard result == OK, let scalar = Unicode.Scalar(code) else { return nil }
        pendingKeys += decoder.feed(Array(String(Character(scalar)).utf8))
        if decoder.hasPendingInput {
            // keypad() did not recognise an Esc sequence (or Esc was pressed alone): ncurses already
            // waited ESCDELAY, so the rest of any sequence is buffered; read it without waiting.
            wtimeout(window, 0)
            while decoder.hasPendingInput {
                let next = wget_wch(window, &code)
                guard next == OK, let more = Unicode.Scalar(code) else {
                    pendingKeys += decoder.flush()
                    if next == KEY_CODE_YES, let special = key(forCode: Int32(bitPattern: code)) {
                        pendingKeys.append(special)
                    }
                    break
                }
                pendingKeys += decoder.feed(Array(String(Character(more)).utf8))
            }
        }
        return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    /// Maps a curses KEY_* code; nil for keys the app has no use for.
    func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            updateSize()
            return .resize
        default:
            let f = code - ctui_key_f(0)
            if f >= 1, f <= 63 {
                return .function(Int(f))
            }
            return nil
        }
    }
}
