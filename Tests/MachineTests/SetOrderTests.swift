import XCTest
@testable import Machine

/// Set iteration order must match CPython's hash-table order; expected from python3 3.11.7.
final class SetOrderTests: XCTestCase {
    func test_setIterationOrder_matchesCPythonTable() throws {
        let cases: [(String, [PyLit], [PyLit]?, String)] = [
            ("lit", [.i(3), .i(1), .i(2)], nil, "{1, 2, 3}"),
            ("lit", [.i(10), .i(1), .i(100), .i(5), .i(33)], nil, "{1, 33, 100, 5, 10}"),
            ("lit", [.i(-1), .i(-2), .i(7), .i(0)], nil, "{0, 7, -1, -2}"),
            ("lit", [.i(8), .i(16), .i(0), .i(24), .i(32), .i(40), .i(48), .i(56), .i(64)], nil, "{32, 0, 64, 8, 40, 16, 48, 24, 56}"),
            ("lit", [.i(20), .i(19), .i(18), .i(17), .i(16), .i(15), .i(14), .i(13), .i(12), .i(11), .i(10), .i(9), .i(8), .i(7), .i(6), .i(5), .i(4), .i(3), .i(2), .i(1)], nil, "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}"),
            ("lit", [.i(1000), .i(7), .i(999), .i(8), .i(1024), .i(2048)], nil, "{1024, 2048, 999, 1000, 8, 7}"),
            ("lit", [.i(1099511627776), .i(3), .i(8589934593)], nil, "{1099511627776, 8589934593, 3}"),
            ("lit", [.f(1.5), .i(2), .f(0.5), .b(true)], nil, "{0.5, 1.5, 2, True}"),
            ("or", [.i(1), .i(2), .i(3)], [.i(30), .i(20), .i(10)], "{1, 2, 3, 20, 10, 30}"),
            ("or", [.i(100), .i(200)], [.i(1), .i(2), .i(3), .i(4), .i(5), .i(6), .i(7)], "{1, 2, 3, 100, 4, 5, 6, 200, 7}"),
            ("and", [.i(1), .i(2), .i(3), .i(4), .i(5), .i(6), .i(7), .i(8), .i(9)], [.i(9), .i(7), .i(5), .i(3), .i(1)], "{1, 3, 5, 7, 9}"),
            ("and", [.i(9), .i(7)], [.i(7), .i(9), .i(11)], "{9, 7}"),
            ("sub", [.i(0), .i(1), .i(2), .i(3), .i(4), .i(5), .i(6), .i(7), .i(8), .i(9)], [.i(2), .i(4), .i(6)], "{0, 1, 3, 5, 7, 8, 9}"),
            ("sub", [.i(0), .i(1), .i(2), .i(3), .i(4), .i(5), .i(6), .i(7), .i(8), .i(9), .i(10), .i(11), .i(12), .i(13), .i(14), .i(15), .i(16), .i(17), .i(18), .i(19), .i(20), .i(21), .i(22), .i(23), .i(24), .i(25), .i(26), .i(27), .i(28), .i(29), .i(30), .i(31), .i(32), .i(33), .i(34), .i(35), .i(36), .i(37), .i(38), .i(39)], [.i(1)], "{0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}"),
            ("xor", [.i(1), .i(2), .i(3), .i(50)], [.i(3), .i(4), .i(5), .i(60)], "{1, 2, 4, 5, 50, 60}"),
            ("xor", [.i(0), .i(1), .i(2), .i(3), .i(4), .i(5), .i(6), .i(7), .i(8), .i(9), .i(10), .i(11)], [.i(6), .i(7), .i(8), .i(9), .i(10), .i(11), .i(12), .i(13), .i(14), .i(15), .i(16), .i(17)], "{0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16, 17}"),
            ("pop3", [.i(5), .i(3), .i(9), .i(1)], nil, "[9, 3, 5, {1}]"),
            ("disc", [.i(0), .i(1), .i(2), .i(3), .i(4), .i(5), .i(6), .i(7), .i(8), .i(9), .i(10), .i(11), .i(12), .i(13), .i(14), .i(15), .i(16), .i(17), .i(18), .i(19), .i(20), .i(21), .i(22), .i(23), .i(24), .i(25), .i(26), .i(27), .i(28), .i(29)], [.i(0), .i(3), .i(6), .i(9), .i(12), .i(15), .i(18), .i(21), .i(24), .i(27)], "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 3, 25, 26, 28, 29, 99}"),
            ("big", [.i(0), .i(37), .i(74), .i(111), .i(148), .i(185), .i(222), .i(259), .i(296), .i(333), .i(370), .i(407), .i(444), .i(481), .i(518), .i(555), .i(592), .i(629), .i(666), .i(703), .i(740), .i(777), .i(814), .i(851), .i(888), .i(925), .i(962), .i(999)], nil, "frozenset({0, 259, 518, 777, 148, 407, 666, 925, 37, 296, 555, 814, 185, 444, 703, 962, 74, 333, 592, 851, 222, 481, 740, 999, 111, 370, 629, 888})"),
            ("addmany", [.i(100), .i(93), .i(86), .i(79), .i(72), .i(65), .i(58), .i(51), .i(44), .i(37), .i(30), .i(23), .i(16), .i(9), .i(2)], nil, "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}"),
        ]
        for (op, a, b, expected) in cases {
            var rt = BasicRuntime()
            let got = rt.outcome { rt throws(PyError) in
                let x = try rt.makeSet(a.map { rt.make($0) })
                let y = try b.map { items throws(PyError) in try rt.makeSet(items.map { rt.make($0) }) }
                switch op {
                case "lit": return x
                case "or": return try rt.binaryOp(.or, x, y!)
                case "and": return try rt.binaryOp(.and, x, y!)
                case "sub": return try rt.binaryOp(.sub, x, y!)
                case "xor": return try rt.binaryOp(.xor, x, y!)
                case "pop3":
                    let p1 = try rt.callSetMethod("pop", x, [])!
                    let p2 = try rt.callSetMethod("pop", x, [])!
                    let p3 = try rt.callSetMethod("pop", x, [])!
                    return rt.heap.newList([p1, p2, p3, x])
                case "disc":
                    for item in b! { _ = try rt.callSetMethod("discard", x, [rt.make(item)]) }
                    _ = try rt.callSetMethod("add", x, [.int(3)])
                    _ = try rt.callSetMethod("add", x, [.int(99)])
                    return x
                case "big": return try rt.makeSet(a.map { rt.make($0) }, frozen: true)
                case "addmany":
                    let s = try rt.makeSet([])
                    for item in a { _ = try rt.callSetMethod("add", s, [rt.make(item)]) }
                    return s
                default: return nil
                }
            }
            XCTAssertEqual(got, expected, "\(op) \(a) \(String(describing: b))")
        }
    }
}
