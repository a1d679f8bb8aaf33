import XCTest
@testable import Machine

/// Iterator behaviour checked against python3 3.11.7.
final class IteratorTests: XCTestCase {
    private func drain(_ rt: inout BasicRuntime, _ v: Value, limit: Int = 100) -> String {
        rt.outcome { rt throws(PyError) in
            guard let it = try rt.makeIterator(v), let r = rt.iteratorRef(it) else { return nil }
            var items: [Value] = []
            while items.count < limit, let x = try rt.iteratorNext(r) { items.append(x) }
            return rt.heap.newList(items)
        }
    }

    func test_iterators_overBuiltins_yieldCPythonSequences() throws {
        var rt = BasicRuntime()
        XCTAssertEqual(drain(&rt, rt.make(.l([.i(1), .s("a")]))), "[1, 'a']")
        XCTAssertEqual(drain(&rt, rt.heap.newStr("héllo")), "['h', 'é', 'l', 'l', 'o']")
        XCTAssertEqual(drain(&rt, try rt.makeRange([.int(10), .int(0), .int(-3)])), "[10, 7, 4, 1]")
        XCTAssertEqual(drain(&rt, rt.heap.newBytes([104, 105])), "[104, 105]")
        let d = rt.make(.d([(.s("a"), .i(1)), (.s("b"), .i(2))]))
        XCTAssertEqual(drain(&rt, d), "['a', 'b']")
        let items = try rt.callDictMethod("items", d, [])!
        XCTAssertEqual(drain(&rt, items), "[('a', 1), ('b', 2)]")
        // python3: list(iter({3, 1, 2})) == [1, 2, 3]
        XCTAssertEqual(drain(&rt, try rt.makeSet([.int(3), .int(1), .int(2)])), "[1, 2, 3]")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.makeIterator(.int(5)) }, "!TypeError: 'int' object is not iterable")
    }

    func test_listIterator_seesAppendsDuringIteration() throws {
        var rt = BasicRuntime()
        let list = rt.make(.l([.i(1), .i(2)]))
        guard case .object(let lr) = list, let it = try rt.makeIterator(list), let r = rt.iteratorRef(it) else { return XCTFail() }
        var seen: [Int] = []
        while let x = try rt.iteratorNext(r), case .int(let n) = x {
            seen.append(n)
            if n < 4 { rt.heap.listAppend(lr, .int(n + 2)) }
        }
        XCTAssertEqual(seen, [1, 2, 3, 4, 5])
        XCTAssertNil(try rt.iteratorNext(r)) // stays exhausted
        XCTAssertTrue(try rt.repr(it).hasPrefix("<list_iterator object at 0x"))
    }

    func test_dictIterator_sizeChange_raisesRuntimeError() throws {
        var rt = BasicRuntime()
        let d = rt.make(.d([(.i(1), .i(1))]))
        guard let it = try rt.makeIterator(d), let r = rt.iteratorRef(it) else { return XCTFail() }
        _ = try rt.iteratorNext(r)
        _ = try rt.setItem(d, .int(2), .int(2))
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.iteratorNext(r) },
                       "!RuntimeError: dictionary changed size during iteration")
        let s = try rt.makeSet([.int(1)])
        guard let si = try rt.makeIterator(s), let sr = rt.iteratorRef(si) else { return XCTFail() }
        _ = try rt.callSetMethod("add", s, [.int(5)])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.iteratorNext(sr) },
                       "!RuntimeError: Set changed size during iteration")
    }

    func test_iterator_keepsItsContainerAlive() throws {
        var rt = BasicRuntime()
        let list = rt.make(.l([.s("x")]))
        let it = try rt.makeIterator(list)!
        rt.heap.collect(roots: [it])
        XCTAssertTrue(rt.heap.isLive(list.objectRef!))
        XCTAssertEqual(drain(&rt, it), "['x']")
    }
}
