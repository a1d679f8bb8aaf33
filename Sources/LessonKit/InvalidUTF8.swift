import Foundation

/// Where the first byte that is not UTF-8 sits, for `file:line:col` diagnostics.
public struct InvalidUTF8: Equatable {
    public var line: Int
    /// In characters of the valid text before it on its line, counting from 1.
    public var column: Int
    public var byte: UInt8

    /// nil when `data` is valid UTF-8.
    public static func find(in data: Data) -> InvalidUTF8? {
        let bytes = [UInt8](data)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                return at(offset, in: bytes)
            }
        }
        return nil
    }

    private static func at(_ offset: Int, in bytes: [UInt8]) -> InvalidUTF8 {
        let before = bytes[..<offset]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = before.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return InvalidUTF8(line: line, column: column, byte: bytes[offset])
    }

    /// "not UTF-8 text: byte 0xE9 is not valid here"
    public var message: String {
        "not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) is not valid here (save the file as UTF-8)"
    }
}
