/// Program text as CPython reads a file without an encoding declaration: UTF-8, or a
/// SyntaxError naming the first byte that is not (tokenizer.c, PEP 263).
public enum SourceText: Equatable {
    case text(String)
    /// CPython's report for stderr (exit status 1).
    case notUTF8(report: String)

    /// The text, or CPython's one-line report (`SyntaxError: Non-UTF-8 code starting with
    /// '\xff' in file F on line N, but no encoding declared; ...`) for stderr, exit status 1.
    public static func decode(_ bytes: [UInt8], path: String) -> SourceText {
        guard let bad = firstInvalidByte(bytes) else { return .text(String(decoding: bytes, as: UTF8.self)) }
        let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let hex = String(bytes[bad], radix: 16)
        return .notUTF8(report: "SyntaxError: Non-UTF-8 code starting with '\\x\(hex.count == 1 ? "0" + hex : hex)' in file \(path) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details\n")
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length {
                let b = bytes[i + k]
                let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xBF)
                if b < lo || b > hi { return i }
            }
            i += length
        }
        return nil
    }
}
