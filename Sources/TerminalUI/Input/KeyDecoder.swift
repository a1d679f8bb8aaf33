/// Decodes raw input bytes (VT100/xterm sequences, UTF-8) into keys; used by tests and by a raw backend.
///
/// Bytes of an unfinished escape sequence or UTF-8 character are kept until the next `feed`,
/// because a terminal's write can be split across reads. A lone Esc is only known to be lone
/// when no more bytes follow, so it is reported by `flush()`, which the caller invokes after
/// an input timeout.
public struct KeyDecoder {
    private var pending: [UInt8] = []

    public init() {}

    /// Whether bytes are held back waiting for the rest of a sequence (or for `flush()`).
    public var hasPendingInput: Bool { !pending.isEmpty }

    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            switch decode(at: index) {
            case .key(let key, let length):
                keys.append(key)
                index += length
            case .skip(let length):
                index += length
            case .incomplete:
                pending.removeFirst(index)
                return keys
            }
        }
        pending.removeAll()
        return keys
    }

    /// Resolves bytes held back as a possible sequence start: a lone Esc becomes `.escape`, an
    /// unfinished sequence becomes Esc followed by its bytes as typed, a cut UTF-8 character is dropped.
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        while !pending.isEmpty {
            let bytes = pending
            pending.removeAll()
            if bytes[0] == 0x1B {
                keys.append(.escape)
                keys += feed(Array(bytes.dropFirst()))
            } else {
                // An incomplete UTF-8 lead byte: skip it and decode what follows.
                keys += feed(Array(bytes.dropFirst()))
            }
        }
        return keys
    }

    // MARK: - Decoding

    private enum Step {
        case key(Key, Int)
        case skip(Int)
        case incomplete
    }

    private func decode(at i: Int) -> Step {
        let byte = pending[i]
        switch byte {
        case 0x1B:
            return decodeEscape(at: i)
        case 0x0D, 0x0A:
            return .key(.enter, 1)
        case 0x09:
            return .key(.tab, 1)
        case 0x7F, 0x08:
            return .key(.backspace, 1)
        case 0x00:
            return .key(.control("@"), 1)
        case 0x01...0x1A:
            return .key(.control(Character(Unicode.Scalar(byte + 0x60))), 1)
        case 0x1C...0x1F:
            return .key(.control(Character(Unicode.Scalar(byte + 0x40))), 1)
        case 0x20...0x7E:
            return .key(.character(Character(Unicode.Scalar(byte))), 1)
        default:
            return decodeUTF8(at: i)
        }
    }

    private func decodeEscape(at i: Int) -> Step {
        guard i + 1 < pending.count else { return .incomplete }
        switch pending[i + 1] {
        case UInt8(ascii: "["):
            return decodeCSI(at: i)
        case UInt8(ascii: "O"):
            guard i + 2 < pending.count else { return .incomplete }
            guard let key = Self.ss3Keys[pending[i + 2]] else { return .skip(3) }
            return .key(key, 3)
        default:
            // Esc then an ordinary key (Alt-x, or Esc pressed twice): report Esc, decode the rest.
            return .key(.escape, 1)
        }
    }

    /// ESC [ parameters intermediates final, per ECMA-48; unknown sequences are swallowed whole
    /// so their bytes do not turn into stray characters.
    private func decodeCSI(at i: Int) -> Step {
        var j = i + 2
        // Linux console F1-F5: ESC [ [ A..E.
        if j < pending.count, pending[j] == UInt8(ascii: "[") {
            guard j + 1 < pending.count else { return .incomplete }
            let final = pending[j + 1]
            if final >= UInt8(ascii: "A"), final <= UInt8(ascii: "E") {
                return .key(.function(Int(final - UInt8(ascii: "A")) + 1), 4)
            }
            return .skip(4)
        }
        var parameters = ""
        while j < pending.count, (0x30...0x3F).contains(pending[j]) {
            parameters.append(Character(Unicode.Scalar(pending[j])))
            j += 1
        }
        while j < pending.count, (0x20...0x2F).contains(pending[j]) {
            j += 1
        }
        guard j < pending.count else { return .incomplete }
        let final = pending[j]
        let length = j - i + 1
        guard (0x40...0x7E).contains(final) else {
            // Not a CSI after all: drop the introducer and let the rest decode normally.
            return .skip(2)
        }
        let first = Int(parameters.split(separator: ";").first ?? "") ?? 0
        let key: Key?
        switch final {
        case UInt8(ascii: "A"): key = .up
        case UInt8(ascii: "B"): key = .down
        case UInt8(ascii: "C"): key = .right
        case UInt8(ascii: "D"): key = .left
        case UInt8(ascii: "H"): key = .home
        case UInt8(ascii: "F"): key = .end
        case UInt8(ascii: "Z"): key = .backTab
        // xterm sends F1-F4 with modifiers as CSI 1;m P..S.
        case UInt8(ascii: "P"): key = .function(1)
        case UInt8(ascii: "Q"): key = .function(2)
        case UInt8(ascii: "R"): key = .function(3)
        case UInt8(ascii: "S"): key = .function(4)
        case UInt8(ascii: "~"): key = Self.tildeKeys[first]
        default: key = nil
        }
        guard let key else { return .skip(length) }
        return .key(key, length)
    }

    private func decodeUTF8(at i: Int) -> Step {
        let lead = pending[i]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .skip(1)
        }
        guard i + length <= pending.count else {
            // Wait for the rest unless a byte already present shows it is not a continuation.
            for k in (i + 1)..<pending.count where pending[k] & 0xC0 != 0x80 {
                return .skip(1)
            }
            return .incomplete
        }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in (i + 1)..<(i + length) {
            guard pending[k] & 0xC0 == 0x80 else { return .skip(1) }
            value = value << 6 | UInt32(pending[k] & 0x3F)
        }
        let smallest: [UInt32] = [0, 0, 0x80, 0x800, 0x10000]
        guard value >= smallest[length], let scalar = Unicode.Scalar(value) else { return .skip(1) }
        return .key(.character(Character(scalar)), length)
    }

    private static let ss3Keys: [UInt8: Key] = [
        UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right, UInt8(ascii: "D"): .left,
        UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end, UInt8(ascii: "M"): .enter,
        UInt8(ascii: "P"): .function(1), UInt8(ascii: "Q"): .function(2),
        UInt8(ascii: "R"): .function(3), UInt8(ascii: "S"): .function(4),
    ]

    /// CSI n ~ codes (xterm, rxvt, VT220).
    private static let tildeKeys: [Int: Key] = [
        1: .home, 7: .home, 4: .end, 8: .end, 2: .insert, 3: .delete, 5: .pageUp, 6: .pageDown,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]
}
