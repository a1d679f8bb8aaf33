import XCTest
@testable import Machine

/// Lists, dicts, sets, ranges, slices and repr; expected text from python3 3.11.7.
final class ContainerTests: XCTestCase {
    private func r(_ rt: inout BasicRuntime, _ v: Value) -> String { (try? rt.repr(v)) ?? "<error>" }

    func test_dict_unifiesOneFloatOneAndTrue_keepingFirstKeyLastValue() throws {
        var rt = BasicRuntime()
        let d = try rt.makeDict([(.int(1), rt.heap.newStr("a")), (.float(1.0), rt.heap.newStr("b")),
                                 (.bool(true), rt.heap.newStr("c"))])
        XCTAssertEqual(r(&rt, d), "{1: 'c'}")
        XCTAssertEqual(try rt.getItem(d, .bool(true)).map { r(&rt, $0) }, "'c'")
    }

    func test_dict_deleteAndReinsert_movesKeyToEnd() throws {
        var rt = BasicRuntime()
        let d = rt.make(.d([(.s("x"), .i(1)), (.s("y"), .i(2)), (.s("z"), .i(3))]))
        _ = try rt.deleteItem(d, rt.heap.newStr("y"))
        _ = try rt.setItem(d, rt.heap.newStr("y"), .int(4))
        XCTAssertEqual(r(&rt, d), "{'x': 1, 'z': 3, 'y': 4}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(d, rt.heap.newStr("q")) }, "!KeyError: 'q'")
        let l = rt.heap.newList([])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(d, l) }, "!TypeError: unhashable type: 'list'")
    }

    func test_dict_methodsAndViews_matchCPython() throws {
        var rt = BasicRuntime()
        let d = rt.make(.d([(.s("a"), .i(1)), (.s("b"), .i(2))]))
        func call(_ name: String, _ args: [Value], _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.callDictMethod(name, d, args) }
        }
        XCTAssertEqual(call("keys", [], &rt), "dict_keys(['a', 'b'])")
        XCTAssertEqual(call("values", [], &rt), "dict_values([1, 2])")
        XCTAssertEqual(call("items", [], &rt), "dict_items([('a', 1), ('b', 2)])")
        XCTAssertEqual(call("get", [rt.heap.newStr("z")], &rt), "None")
        XCTAssertEqual(call("get", [rt.heap.newStr("z"), .int(0)], &rt), "0")
        XCTAssertEqual(call("setdefault", [rt.heap.newStr("c"), .int(3)], &rt), "3")
        XCTAssertEqual(call("setdefault", [rt.heap.newStr("a"), .int(9)], &rt), "1")
        XCTAssertEqual(call("pop", [rt.heap.newStr("b")], &rt), "2")
        XCTAssertEqual(call("pop", [rt.heap.newStr("b")], &rt), "!KeyError: 'b'")
        XCTAssertEqual(call("pop", [rt.heap.newStr("b"), .none], &rt), "None")
        XCTAssertEqual(r(&rt, d), "{'a': 1, 'c': 3}")
        XCTAssertEqual(call("popitem", [], &rt), "('c', 3)")
        let other = rt.make(.d([(.s("b"), .i(2)), (.s("a"), .i(3))]))
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.or, d, other) }, "{'a': 3, 'b': 2}")
        XCTAssertEqual(call("update", [rt.make(.l([.t([.s("k"), .i(0)])]))], &rt), "None")
        XCTAssertEqual(r(&rt, d), "{'a': 1, 'k': 0}")
        XCTAssertEqual(call("clear", [], &rt), "None")
        XCTAssertEqual(call("popitem", [], &rt), "!KeyError: 'popitem(): dictionary is empty'")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.dictFromKeys(rt.heap.newStr("abc"), .int(0)) },
                       "{'a': 0, 'b': 0, 'c': 0}")
    }

    func test_dict_manyInsertsAndDeletes_keepsLookupsCorrect() throws {
        var rt = BasicRuntime()
        let d = rt.heap.newDict()
        for i in 0..<5000 { _ = try rt.setItem(d, .int(i * 7), .int(i)) }
        for i in stride(from: 0, to: 5000, by: 2) { _ = try rt.deleteItem(d, .int(i * 7)) }
        XCTAssertEqual(rt.length(d), 2500)
        XCTAssertEqual(try rt.getItem(d, .int(7 * 4999))?.intValue, 4999)
        XCTAssertEqual(try rt.contains(d, .int(0)), false)
        XCTAssertEqual(try rt.contains(d, .float(7.0)), true)
    }

    func test_reprOfSelfReferentialContainers_usesEllipsis() throws {
        var rt = BasicRuntime()
        let a = rt.make(.l([.i(1), .i(2), .i(3)]))
        guard case .object(let ar) = a else { return XCTFail() }
        rt.heap.listAppend(ar, a)
        XCTAssertEqual(r(&rt, a), "[1, 2, 3, [...]]")
        let d = rt.heap.newDict()
        _ = try rt.setItem(d, rt.heap.newStr("self"), d)
        XCTAssertEqual(r(&rt, d), "{'self': {...}}")
        let inner = rt.heap.newList([])
        let t = rt.heap.newTuple([inner])
        guard case .object(let ir) = inner else { return XCTFail() }
        rt.heap.listAppend(ir, t)
        XCTAssertEqual(r(&rt, t), "([(...)],)")
        let nested = rt.make(.d([(.i(1), .l([.i(1), .f(2.5), .n, .b(true), .s("s"), .t([.i(1)]), .t([])])), (.s("k"), .d([]))]))
        XCTAssertEqual(r(&rt, nested), "{1: [1, 2.5, None, True, 's', (1,), ()], 'k': {}}")
    }

    func test_reprOfStringsAndBytes_quotesAndEscapesAsCPython() {
        var rt = BasicRuntime()
        XCTAssertEqual(r(&rt, rt.heap.newStr("it's")), "\"it's\"")
        XCTAssertEqual(r(&rt, rt.heap.newStr("say \"hi\"")), "'say \"hi\"'")
        XCTAssertEqual(r(&rt, rt.heap.newStr("both ' \"")), "'both \\' \"'")
        XCTAssertEqual(r(&rt, rt.heap.newStr("tab\tnl\nbs\\ \u{1} \u{7f} é \u{200b} 😀 \u{a0}")),
                       "'tab\\tnl\\nbs\\\\ \\x01 \\x7f é \\u200b 😀 \\xa0'")
        XCTAssertEqual(r(&rt, rt.heap.newBytes(Array("ab'c".utf8) + [0, 0xff, 10, 92])), "b\"ab'c\\x00\\xff\\n\\\\\"")
        XCTAssertEqual(r(&rt, rt.heap.newBytes([34])), "b'\"'")
        XCTAssertEqual(r(&rt, rt.heap.newBytes([39])), "b\"'\"")
    }

    func test_listSliceAssignmentAndDeletion_withSteps() {
        func run(_ body: (inout BasicRuntime, Value) throws(PyError) -> Void) -> String {
            var rt = BasicRuntime()
            let a = rt.heap.newList((0..<10).map { Value.int($0) })
            return rt.outcome { rt throws(PyError) in try body(&rt, a); return a }
        }
        func sl(_ rt: inout BasicRuntime, _ a: Int?, _ b: Int?, _ c: Int? = nil) -> Value {
            rt.heap.newSlice(a.map { .int($0) } ?? .none, b.map { .int($0) } ?? .none, c.map { .int($0) } ?? .none)
        }
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, 2, 5), rt.make(.l([.s("x")]))) },
                       "[0, 1, 'x', 5, 6, 7, 8, 9]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, nil, nil, 2), rt.heap.newStr("abcde")) },
                       "['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.deleteItem(a, sl(&rt, nil, nil, 3)) }, "[1, 2, 4, 5, 7, 8]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.deleteItem(a, sl(&rt, -2, nil)) }, "[0, 1, 2, 3, 4, 5, 6, 7]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, 8, 2, -2), rt.make(.l([.i(0), .i(0), .i(0)]))) },
                       "[0, 1, 2, 3, 0, 5, 0, 7, 0, 9]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, nil, nil, 2), rt.make(.l([.i(1)]))) },
                       "!ValueError: attempt to assign sequence of size 1 to extended slice of size 5")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, .int(10), .int(0)) },
                       "!IndexError: list assignment index out of range")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.getItem(a, rt.heap.newStr("0")) },
                       "!TypeError: list indices must be integers or slices, not str")
    }

    func test_listMethods_matchCPython() {
        var rt = BasicRuntime()
        let a = rt.make(.l([.i(3), .i(1), .i(2)]))
        func call(_ name: String, _ args: [Value], _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.callListMethod(name, a, args) }
        }
        XCTAssertEqual(call("insert", [.int(-1), .int(9)], &rt), "None")
        XCTAssertEqual(call("insert", [.int(100), .int(8)], &rt), "None")
        XCTAssertEqual(r(&rt, a), "[3, 1, 9, 2, 8]")
        XCTAssertEqual(call("index", [.int(9)], &rt), "2")
        XCTAssertEqual(call("index", [.int(7)], &rt), "!ValueError: 7 is not in list")
        XCTAssertEqual(call("remove", [.int(7)], &rt), "!ValueError: list.remove(x): x not in list")
        XCTAssertEqual(call("pop", [], &rt), "8")
        XCTAssertEqual(call("pop", [.int(0)], &rt), "3")
        XCTAssertEqual(call("pop", [.int(9)], &rt), "!IndexError: pop index out of range")
        XCTAssertEqual(call("count", [.float(1.0)], &rt), "1")
        XCTAssertEqual(call("sort", [], &rt), "None")
        XCTAssertEqual(r(&rt, a), "[1, 2, 9]")
        XCTAssertEqual(call("reverse", [], &rt), "None")
        XCTAssertEqual(call("extend", [rt.heap.newStr("ab")], &rt), "None")
        XCTAssertEqual(r(&rt, a), "[9, 2, 1, 'a', 'b']")
        XCTAssertEqual(call("sort", [], &rt), "!TypeError: '<' not supported between instances of 'str' and 'int'")
        XCTAssertEqual(call("clear", [], &rt), "None")
        XCTAssertEqual(call("pop", [], &rt), "!IndexError: pop from empty list")
    }

    func test_sortWithPrecomputedKeys_isStableAndReverseStable() throws {
        var rt = BasicRuntime()
        // python3: sorted(words, key=len) and sorted(words, key=len, reverse=True)
        let words = ["bb", "a", "ccc", "dd", "e", "fff", "g"]
        for n in [words.count, 200] {
            var items: [String] = []
            while items.count < n { items += words.map { $0 + String(items.count / words.count) } }
            items = Array(items.prefix(n))
            let a = rt.heap.newList(items.map { rt.heap.newStr($0) })
            guard case .object(let ar) = a else { return XCTFail() }
            let keys = items.map { Value.int($0.count) }
            try rt.sortList(ar, keys: keys, reverse: false)
            let sorted = rt.heap.sequenceItems(a)!.map { rt.heap.string($0)! }
            XCTAssertEqual(sorted, items.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }.map(\.element))
            let b = rt.heap.newList(items.map { rt.heap.newStr($0) })
            guard case .object(let br) = b else { return XCTFail() }
            try rt.sortList(br, keys: keys, reverse: true)
            let rsorted = rt.heap.sequenceItems(b)!.map { rt.heap.string($0)! }
            XCTAssertEqual(rsorted, items.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element))
        }
        let small = rt.make(.l([.s("bb"), .s("a"), .s("ccc"), .s("dd")]))
        guard case .object(let sr) = small else { return XCTFail() }
        try rt.sortList(sr, keys: [.int(2), .int(1), .int(3), .int(2)], reverse: true)
        XCTAssertEqual(r(&rt, small), "['ccc', 'bb', 'dd', 'a']")
    }

    func test_setOperatorsAndMethods_matchCPython() throws {
        var rt = BasicRuntime()
        let a = try rt.makeSet([.int(1), .int(2)]), b = try rt.makeSet([.int(2), .int(3)])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.or, a, b) }, "{1, 2, 3}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.and, a, b) }, "{2}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.sub, a, b) }, "{1}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.xor, a, b) }, "{1, 3}")
        XCTAssertEqual(r(&rt, try rt.makeSet([])), "set()")
        XCTAssertEqual(r(&rt, try rt.makeSet([], frozen: true)), "frozenset()")
        XCTAssertEqual(r(&rt, try rt.makeSet([.int(3)], frozen: true)), "frozenset({3})")
        func call(_ name: String, _ args: [Value], _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.callSetMethod(name, a, args) }
        }
        XCTAssertEqual(call("issubset", [rt.make(.l([.i(1), .i(2), .i(5)]))], &rt), "True")
        XCTAssertEqual(call("isdisjoint", [b], &rt), "False")
        XCTAssertEqual(call("union", [rt.make(.l([.i(7)])), rt.make(.t([.i(8)]))], &rt), "{1, 2, 7, 8}")
        XCTAssertEqual(call("remove", [.int(5)], &rt), "!KeyError: 5")
        XCTAssertEqual(call("discard", [.int(5)], &rt), "None")
        XCTAssertEqual(call("add", [.float(1.0)], &rt), "None")
        XCTAssertEqual(r(&rt, a), "{1, 2}")
        XCTAssertEqual(call("add", [rt.heap.newList([])], &rt), "!TypeError: unhashable type: 'list'")
        XCTAssertEqual(call("pop", [], &rt), "1")
        XCTAssertEqual(call("pop", [], &rt), "2")
        XCTAssertEqual(call("pop", [], &rt), "!KeyError: 'pop from an empty set'")
        XCTAssertEqual(try rt.compare(b, try rt.makeSet([.int(3), .int(2)], frozen: true), .eq), true)
        XCTAssertEqual(try rt.compare(try rt.makeSet([.int(2)]), b, .lt), true)
    }

    func test_rangeAndSlice_matchCPython() throws {
        var rt = BasicRuntime()
        XCTAssertEqual(r(&rt, try rt.makeRange([.int(5)])), "range(0, 5)")
        XCTAssertEqual(r(&rt, try rt.makeRange([.int(1), .int(10), .int(2)])), "range(1, 10, 2)")
        let r5 = try rt.makeRange([.int(5)])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(r5, rt.heap.newSlice(.int(1), .int(3), .none)) }, "range(1, 3)")
        let r10 = try rt.makeRange([.int(10)])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(r10, rt.heap.newSlice(.none, .none, .int(-1))) }, "range(9, -1, -1)")
        let r3 = try rt.makeRange([.int(1), .int(10), .int(3)])
        XCTAssertEqual(rt.length(r3), 3)
        let neg = try rt.makeRange([.int(0), .int(-10), .int(-3)])
        XCTAssertEqual(try rt.getItem(neg, .int(2))?.intValue, -6)
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(neg, .int(4)) }, "!IndexError: range object index out of range")
        XCTAssertEqual(try rt.contains(neg, .int(-9)), true)
        XCTAssertEqual(try rt.contains(neg, .int(-10)), false)
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.makeRange([.int(1), .int(2), .int(0)]) }, "!ValueError: range() arg 3 must not be zero")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.callRangeMethod("index", r10, [.int(7)]) }, "7")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.callRangeMethod("index", r10, [.int(70)]) }, "!ValueError: 70 is not in range")
        func ind(_ a: Value, _ b: Value, _ c: Value, _ n: Int, _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.sliceIndicesTuple(rt.heap.newSlice(a, b, c), n) }
        }
        XCTAssertEqual(ind(.int(1), .none, .int(2), 10, &rt), "(1, 10, 2)")
        XCTAssertEqual(ind(.none, .none, .int(-1), 5, &rt), "(4, -1, -1)")
        XCTAssertEqual(ind(.int(-100), .int(100), .none, 7, &rt), "(0, 7, 1)")
        XCTAssertEqual(r(&rt, rt.heap.newSlice(.int(1), .none, .int(2))), "slice(1, None, 2)")
    }

    func test_tupleListEquality_andOrdering() throws {
        var rt = BasicRuntime()
        let a = rt.make(.t([.i(1), .s("x"), .l([.f(2.0)])])), b = rt.make(.t([.f(1.0), .s("x"), .l([.i(2)])]))
        XCTAssertEqual(try rt.equal(a, b), true)
        // python3: hash((1, 2)) == -3550055125485641917 == hash((1.0, 2.0))
        XCTAssertEqual(try rt.hash(rt.make(.t([.i(1), .i(2)]))), -3550055125485641917)
        XCTAssertEqual(try rt.hash(rt.make(.t([.f(1.0), .f(2.0)]))), -3550055125485641917)
        let c = rt.make(.t([.i(1), .i(2)])), d = rt.make(.t([.i(1), .i(2), .i(0)]))
        XCTAssertEqual(try rt.compare(c, d, .lt), true)
        XCTAssertEqual(rt.text { rt throws(PyError) in String(try rt.compare(rt.make(.l([.i(1)])), rt.make(.t([.i(1)])), .lt)) },
                       "!TypeError: '<' not supported between instances of 'list' and 'tuple'")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.add, rt.make(.l([])), rt.make(.t([]))) },
                       "!TypeError: can only concatenate list (not \"tuple\") to list")
    }
}
