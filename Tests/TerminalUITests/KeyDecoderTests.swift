import XCTest
@testable import TerminalUI

final class KeyDecoderTests: XCTestCase {
    private func decode(_ s: String) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(Array(s.utf8)) + decoder.flush()
    }

    func test_feed_arrows_csiAndSs3() {
        XCTAssertEqual(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D"), [.up, .down, .right, .left])
        XCTAssertEqual(decode("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD"), [.up, .down, .right, .left])
    }

    func test_feed_arrowWithModifier_isPlainArrow() {
        XCTAssertEqual(decode("\u{1B}[1;5A"), [.up])
    }

    func test_feed_homeEnd_allVariants() {
        XCTAssertEqual(decode("\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF"), [.home, .end, .home, .end])
        XCTAssertEqual(decode("\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~"), [.home, .end, .home, .end])
    }

    func test_feed_editingKeys() {
        XCTAssertEqual(decode("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[2~\u{1B}[Z"),
                       [.pageUp, .pageDown, .delete, .insert, .backTab])
    }

    func test_feed_functionKeys_f1ToF12() {
        let input = "\u{1B}OP\u{1B}OQ\u{1B}OR\u{1B}OS\u{1B}[15~\u{1B}[17~\u{1B}[18~\u{1B}[19~"
            + "\u{1B}[20~\u{1B}[21~\u{1B}[23~\u{1B}[24~"
        XCTAssertEqual(decode(input), (1...12).map { Key.function($0) })
        XCTAssertEqual(decode("\u{1B}[11~\u{1B}[[A\u{1B}[1;2P"), [.function(1), .function(1), .function(1)])
    }

    func test_feed_enterTabBackspace() {
        XCTAssertEqual(decode("\r\n\t\u{7F}\u{8}"), [.enter, .enter, .tab, .backspace, .backspace])
    }

    func test_feed_controlLetters_areLowerCase() {
        XCTAssertEqual(decode("\u{3}\u{1}\u{1A}"), [.control("c"), .control("a"), .control("z")])
    }

    func test_feed_printableAndSpace() {
        XCTAssertEqual(decode("q ?"), [.character("q"), .character(" "), .character("?")])
    }

    func test_feed_multiByteUTF8() {
        XCTAssertEqual(decode("é漢🙂"), [.character("é"), .character("漢"), .character("🙂")])
    }

    func test_feed_utf8SplitAcrossFeeds_waitsForTheRest() {
        var decoder = KeyDecoder()
        let bytes = Array("漢".utf8)
        XCTAssertEqual(decoder.feed([bytes[0]]), [])
        XCTAssertEqual(decoder.feed([bytes[1]]), [])
        XCTAssertEqual(decoder.feed([bytes[2], UInt8(ascii: "x")]), [.character("漢"), .character("x")])
    }

    func test_feed_sequenceSplitAcrossFeeds_waitsForTheRest() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed([0x1B]), [])
        XCTAssertEqual(decoder.feed(Array("[".utf8)), [])
        XCTAssertEqual(decoder.feed(Array("5".utf8)), [])
        XCTAssertEqual(decoder.feed(Array("~j".utf8)), [.pageUp, .character("j")])
        XCTAssertEqual(decoder.flush(), [])
    }

    func test_flush_loneEscape_isEscape() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed([0x1B]), [])
        XCTAssertTrue(decoder.hasPendingInput)
        XCTAssertEqual(decoder.flush(), [.escape])
        XCTAssertFalse(decoder.hasPendingInput)
        XCTAssertEqual(decoder.flush(), [])
    }

    func test_feed_escapeThenLetter_isEscapeAndLetter() {
        XCTAssertEqual(decode("\u{1B}q"), [.escape, .character("q")])
        XCTAssertEqual(decode("\u{1B}\u{1B}"), [.escape, .escape])
    }

    func test_flush_unfinishedSequence_yieldsEscapeAndItsBytes() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(Array("\u{1B}[1".utf8)), [])
        XCTAssertEqual(decoder.flush(), [.escape, .character("["), .character("1")])
    }

    func test_feed_unknownSequence_isSwallowed() {
        XCTAssertEqual(decode("\u{1B}[99~x\u{1B}[5Xy"), [.character("x"), .character("y")])
    }

    func test_feed_invalidUTF8_isSkipped() {
        XCTAssertEqual(decode("a\u{FF}b"), [.character("a"), .character("ÿ"), .character("b")])
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed([0x61, 0xFF, 0xC3, 0x41]), [.character("a"), .character("A")])
    }
}
