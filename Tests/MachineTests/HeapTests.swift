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

    /// The sweep initializes over slots whose kind `holdsNoReferences` says is plain data:
    /// a payload that gained a reference (a String, an array) would then leak it.
    func test_holdsNoReferences_onlyForPlainDataPayloads() {
        XCTAssertTrue(_isPOD(Value.self))
        XCTAssertTrue(_isPOD(PyRange.self))
        XCTAssertTrue(_isPOD(PySlice.self))
        XCTAssertTrue(_isPOD(DictView.self))
        XCTAssertTrue(_isPOD(Value?.self))
        let plain: [HeapObject] = [
            .free(next: -1), .moved, .range(PyRange(start: 0, stop: 3, step: 1)), .cell(.int(1)),
            .slice(PySlice(start: .none, stop: .int(2), step: .none)), .dictView(DictView(dict: ObjectRef(0), kind: .keys)),
            .vm(.boundMethod(receiver: .int(0), function: .int(1))), .vm(.native(index: 0, receiver: nil)),
            .vm(.property(fget: .none, fset: .none, fdel: .none, doc: .none)), .vm(.staticMethod(.none)),
            .vm(.classMethod(.none)), .vm(.superObject(cls: .none, receiver: .none)),
        ]
        for o in plain { XCTAssertTrue(o.holdsNoReferences, "\(o)") }
        let owning: [HeapObject] = [
            .str(PyStr("s")), .list([]), .tuple([]), .dict(PyDict()), .bytes([1]),
            .vm(.builtinMethod(receiver: .none, name: "upper")),
        ]
        for o in owning { XCTAssertFalse(o.holdsNoReferences, "\(o)") }
    }

    func test_collect_freesBoundMethodsAndKeepsTheHeapUsable() throws {
        var rt = BasicRuntime()
        let keep = rt.heap.newList([])
        for i in 0..<100 { _ = rt.heap.newVM(.boundMethod(receiver: .int(i), function: keep)) }
        _ = rt.heap.newStr("garbage")
        XCTAssertEqual(rt.heap.collect(roots: [keep]), 101)
        XCTAssertEqual(rt.heap.liveCount, 1)
        // Every freed slot is reused before the table grows.
        let n = rt.heap.objects.count
        for _ in 0..<101 { _ = rt.heap.newStr("again") }
        XCTAssertEqual(rt.heap.objects.count, n)
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
