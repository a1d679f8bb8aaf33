import XCTest
@testable import Machine

final class HeapTests: XCTestCase {
    func test_alloc_returnsDistinctRefs() {
        var h = Heap()
        let a = h.newList([])
        let b = h.newList([])
        XCTAssertFalse(a.isIdentical(to: b))
    }

    func test_collect_freesUnreachable_keepsReachableThroughContainers() throws {
        var rt = BasicRuntime()
        let kept = rt.heap.newStr("kept")
        let inner = rt.heap.newList([kept])
        let d = try rt.makeDict([(rt.heap.newStr("k"), inner)])
        let root = rt.heap.newTuple([d])
        // Garbage, including a cycle (list containing itself) that refcounting would leak.
        let cyc = rt.heap.newList([])
        guard case .object(let cr) = cyc else { return XCTFail() }
        rt.heap.listAppend(cr, cyc)
        _ = rt.heap.newStr("garbage")
        let before = rt.heap.liveCount
        let freed = rt.heap.collect(roots: [root])
        XCTAssertEqual(freed, 2)
        XCTAssertEqual(rt.heap.liveCount, before - 2)
        XCTAssertFalse(rt.heap.isLive(cr))
        for v in [kept, inner, d, root] { XCTAssertTrue(rt.heap.isLive(v.objectRef!)) }
        XCTAssertEqual(try rt.repr(root), "({'k': ['kept']},)")
        // Freed slots are reused.
        let n = rt.heap.objects.count
        _ = rt.heap.newStr("x"); _ = rt.heap.newStr("y")
        XCTAssertEqual(rt.heap.objects.count, n)
        XCTAssertEqual(rt.heap.collect(roots: []), 7)
        XCTAssertEqual(rt.heap.liveCount, 0)
    }

    func test_collect_keepsDictViewTargetsAndInstanceAttributes() throws {
        var rt = BasicRuntime()
        let d = try rt.makeDict([(.int(1), rt.heap.newStr("v"))])
        let view = try rt.callDictMethod("keys", d, [])!
        var attrs = PyDict()
        let name = rt.heap.newStr("x")
        try attrs.set(name, .int(3), rt: &rt)
        let cls = rt.heap.newStr("cls-stand-in")
        let obj = Value.object(rt.heap.alloc(.instance(PyInstance(cls: cls, attributes: attrs))))
        rt.heap.collect(roots: [view, obj])
        for v in [d, name, cls] { XCTAssertTrue(rt.heap.isLive(v.objectRef!)) }
        XCTAssertEqual(try rt.repr(view), "dict_keys([1])")
    }

    func test_heapCopy_isIndependent_likeFork() throws {
        var parent = BasicRuntime()
        let list = parent.heap.newList([.int(1)])
        let d = try parent.makeDict([(parent.heap.newStr("n"), .int(0))])
        var child = parent // fork: a copy-on-write copy of the whole heap
        guard case .object(let lr) = list else { return XCTFail() }
        child.heap.listAppend(lr, .int(2))
        _ = try child.setItem(d, child.heap.newStr("n"), .int(99))
        _ = child.heap.newStr("only in child")
        XCTAssertEqual(try parent.repr(list), "[1]")
        XCTAssertEqual(try child.repr(list), "[1, 2]")
        XCTAssertEqual(try parent.repr(d), "{'n': 0}")
        XCTAssertEqual(try child.repr(d), "{'n': 99}")
        parent.heap.listAppend(lr, .int(3))
        XCTAssertEqual(try child.repr(list), "[1, 2]")
        XCTAssertEqual(try parent.repr(list), "[1, 3]")
    }

    func test_listAppend_millionTimes_isLinear() {
        var h = Heap()
        let list = h.newList([])
        guard case .object(let r) = list else { return XCTFail() }
        let start = ContinuousClock.now
        for i in 0..<1_000_000 { h.listAppend(r, .int(i)) }
        let elapsed = ContinuousClock.now - start
        XCTAssertEqual(h.sequenceItems(list)?.count, 1_000_000)
        // Reported, not asserted: a quadratic append would take minutes, not milliseconds.
        print("1,000,000 list appends: \(elapsed)")
    }

    func test_dictSetItem_hundredThousandStrKeys_isLinear() throws {
        var rt = BasicRuntime()
        let d = rt.heap.newDict()
        let start = ContinuousClock.now
        for i in 0..<100_000 { _ = try rt.setItem(d, rt.heap.newStr("k\(i)"), .int(i)) }
        print("100,000 dict str-key inserts: \(ContinuousClock.now - start)")
        XCTAssertEqual(rt.length(d), 100_000)
        XCTAssertEqual(try rt.getItem(d, rt.heap.newStr("k99999"))?.intValue, 99_999)
    }
}
