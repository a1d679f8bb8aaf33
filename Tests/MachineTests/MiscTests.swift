import XCTest
@testable import Machine

/// Smaller built-in methods; expected values from python3 3.11.7.
final class MiscMethodTests: XCTestCase {
    private func call(_ rt: inout BasicRuntime, _ recv: Value, _ name: String, _ args: [Value] = []) -> String {
        rt.outcome { rt throws(PyError) in try rt.callBuiltinMethod(name, recv, args) }
    }

    func test_intAndFloatMethods() throws {
        var rt = BasicRuntime()
        XCTAssertEqual(call(&rt, .int(255), "bit_length"), "8")
        XCTAssertEqual(call(&rt, .int(-255), "bit_length"), "8")
        let big = try rt.binaryOp(.pow, .int(2), .int(100))
        XCTAssertEqual(call(&rt, big, "bit_length"), "101")
        XCTAssertEqual(call(&rt, .int(-7), "bit_count"), "3")
        let bigMinusOne = try rt.binaryOp(.sub, big, .int(1))
        XCTAssertEqual(call(&rt, bigMinusOne, "bit_count"), "100")
        XCTAssertEqual(call(&rt, .bool(true), "bit_length"), "1")
        XCTAssertEqual(call(&rt, .float(2.0), "is_integer"), "True")
        XCTAssertEqual(call(&rt, .float(2.5), "is_integer"), "False")
        XCTAssertEqual(call(&rt, .float(.infinity), "is_integer"), "False")
        XCTAssertEqual(call(&rt, .int(1), "nope"), "<nil>")
    }

    func test_tupleStrFormatAndBytesMethods() {
        var rt = BasicRuntime()
        let t = rt.make(.t([.i(1), .i(2), .i(1)]))
        XCTAssertEqual(call(&rt, t, "count", [.int(1)]), "2")
        XCTAssertEqual(call(&rt, t, "index", [.int(2)]), "1")
        XCTAssertEqual(call(&rt, t, "index", [.int(5)]), "!ValueError: tuple.index(x): x not in tuple")
        let f = rt.heap.newStr("{} and {}")
        XCTAssertEqual(call(&rt, f, "format", [.int(1), rt.heap.newStr("x")]), "'1 and x'")
        let s = rt.heap.newStr("héllo")
        let b = rt.outcome { rt throws(PyError) in try rt.callStrMethod("encode", s, []) }
        XCTAssertEqual(b, "b'h\\xc3\\xa9llo'")
        let bytes = rt.heap.newBytes(Array("héllo".utf8))
        XCTAssertEqual(call(&rt, bytes, "hex"), "'68c3a96c6c6f'")
        XCTAssertEqual(call(&rt, bytes, "decode"), "'héllo'")
        XCTAssertEqual(call(&rt, bytes, "upper"), "b'H\\xc3\\xa9LLO'")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(bytes, rt.heap.newSlice(.int(1), .int(3), .none)) }, "b'\\xc3\\xa9'")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(bytes, .int(0)) }, "104")
        XCTAssertEqual(call(&rt, rt.heap.newBytes(Array("a,b".utf8)), "split", [rt.heap.newBytes([44])]), "[b'a', b'b']")
        XCTAssertEqual(call(&rt, rt.heap.newBytes([0xff]), "decode"),
                       "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        XCTAssertEqual(call(&rt, rt.heap.newStr("é"), "encode", [rt.heap.newStr("ascii")]),
                       "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)")
    }

    func test_valueLayout_staysSmall() {
        // Reported for the design record; Value must stay two words at most.
        print("MemoryLayout<Value>.stride = \(MemoryLayout<Value>.stride), HeapObject.stride = \(MemoryLayout<HeapObject>.stride)")
        XCTAssertLessThanOrEqual(MemoryLayout<Value>.stride, 16)
    }
}
