import XCTest
@testable import Machine

/// A runtime standing in for the interpreter: instances hash and compare by their "v"
/// attribute, as a user class with `__hash__`/`__eq__`/`__repr__` would.
private struct UserRuntime: Runtime {
    var heap = Heap()
    var eqCalls = 0

    func attribute(_ v: Value) -> Int? {
        guard case .object(let r) = v, case .instance(let i) = heap.objects[r.slot] else { return nil }
        for e in i.attributes.entries where e.hash != -1 {
            if heap.string(e.key) == "v", case .int(let n) = e.value { return n }
        }
        return nil
    }

    mutating func hash(_ v: Value) throws(PyError) -> Int {
        if let n = attribute(v) { return PyHash.int(n) }
        return try builtinHash(v)
    }

    mutating func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if let x = attribute(a) {
            eqCalls += 1
            if let y = attribute(b) { return x == y }
            if case .int(let y) = b { return x == y }
            return false
        }
        return try builtinEqual(a, b)
    }

    mutating func repr(_ v: Value) throws(PyError) -> String {
        if let n = attribute(v) { return "P(\(n))" }
        return try builtinRepr(v)
    }

    mutating func makeInstance(_ n: Int) throws(PyError) -> Value {
        var attrs = PyDict()
        try attrs.set(heap.newStr("v"), .int(n), rt: &self)
        return .object(heap.alloc(.instance(PyInstance(cls: .none, attributes: attrs))))
    }
}

final class RuntimeHookTests: XCTestCase {
    func test_dictAndList_useUserHashEqAndRepr_throughRuntime() throws {
        var rt = UserRuntime()
        let a = try rt.makeInstance(7), b = try rt.makeInstance(7)
        let d = try rt.makeDict([(a, rt.heap.newStr("first"))])
        // A different object equal by __eq__ with the same __hash__ finds the entry.
        XCTAssertEqual(try rt.getItem(d, b).flatMap { rt.heap.string($0) }, "first")
        XCTAssertGreaterThan(rt.eqCalls, 0)
        // Equal to the int 7 with hash(7): same key as 7.
        _ = try rt.setItem(d, .int(7), rt.heap.newStr("second"))
        XCTAssertEqual(rt.length(d), 1)
        XCTAssertEqual(try rt.repr(d), "{P(7): 'second'}")
        let list = rt.heap.newList([.int(1), b])
        XCTAssertEqual(try rt.callListMethod("index", list, [a])?.intValue, 1)
        XCTAssertEqual(try rt.contains(list, a), true)
        XCTAssertEqual(try rt.repr(rt.heap.newTuple([a, list])), "(P(7), [1, P(7)])")
        let s = try rt.makeSet([a, b, .int(7)])
        XCTAssertEqual(rt.length(s), 1)
    }
}
