import XCTest
@testable import PyLang

final class SymbolTableTests: XCTestCase {
    func code(_ src: String) throws -> CodeObject { try compile(source: src, filename: "x.py") }

    /// The nested code object named `name` (depth-first).
    func find(_ name: String, in code: CodeObject) -> CodeObject? {
        for c in code.constants {
            if case .code(let nested) = c {
                if nested.name == name { return nested }
                if let found = find(name, in: nested) { return found }
            }
        }
        return nil
    }

    func test_closure_outerVariableBecomesCellAndFreeInInner() throws {
        let module = try code("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n")
        let outer = try XCTUnwrap(find("outer", in: module))
        let inner = try XCTUnwrap(find("inner", in: module))
        XCTAssertEqual(outer.cellvars, ["x"])
        XCTAssertEqual(inner.freevars, ["x"])
        XCTAssertEqual(inner.qualname, "outer.<locals>.inner")
        XCTAssertTrue(inner.flags.contains(.nested))
    }

    func test_closure_passThroughFreeVariableInMiddleFunction() throws {
        let module = try code("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n")
        XCTAssertEqual(find("a", in: module)?.cellvars, ["v"])
        XCTAssertEqual(find("b", in: module)?.freevars, ["v"])
        XCTAssertEqual(find("c", in: module)?.freevars, ["v"])
    }

    func test_cellParameter_recordsArgumentIndex() throws {
        let module = try code("def f(a, b):\n    return lambda: b\n")
        let f = try XCTUnwrap(find("f", in: module))
        XCTAssertEqual(f.cellvars, ["b"])
        XCTAssertEqual(f.cellParameterIndex, [1])
    }

    func test_nonlocal_makesAssignmentsDeref() throws {
        let module = try code("def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n    return g\n")
        let g = try XCTUnwrap(find("g", in: module))
        XCTAssertEqual(g.freevars, ["n"])
        XCTAssertTrue(g.instructions.contains(.storeDeref(0)))
    }

    func test_global_inFunctionUsesGlobalOpsAndModuleStoresGlobal() throws {
        let module = try code("x = 0\ndef f():\n    global x\n    x = 1\n")
        XCTAssertTrue(module.instructions.contains(.storeGlobal(0)))
        let f = try XCTUnwrap(find("f", in: module))
        XCTAssertTrue(f.instructions.contains(.storeGlobal(0)))
        XCTAssertTrue(f.varnames.isEmpty)
    }

    func test_classScope_methodsSkipClassNamesToGlobals() throws {
        let module = try code("class C:\n    y = 1\n    def m(self):\n        return y\n")
        let m = try XCTUnwrap(find("m", in: module))
        XCTAssertTrue(m.freevars.isEmpty)
        XCTAssertEqual(m.names, ["y"])
        XCTAssertEqual(m.qualname, "C.m")
    }

    func test_classScope_superCreatesClassCell() throws {
        let module = try code("class C(B):\n    def m(self):\n        return super().m()\n")
        let c = try XCTUnwrap(find("C", in: module))
        XCTAssertEqual(c.cellvars, ["__class__"])
        XCTAssertEqual(find("m", in: module)?.freevars, ["__class__"])
        XCTAssertTrue(c.names.contains("__classcell__"))
    }

    func test_classScope_freeVariableFromEnclosingFunctionUsesClassDeref() throws {
        let module = try code("def f(y):\n    class L:\n        z = y\n    return L\n")
        let l = try XCTUnwrap(find("L", in: module))
        XCTAssertEqual(l.freevars, ["y"])
        XCTAssertTrue(l.instructions.contains(.loadClassDeref(0)))
    }

    func test_comprehension_hasOwnScopeWithDotZeroParameter() throws {
        let module = try code("def f(n):\n    return [i * n for i in range(n)]\n")
        let comp = try XCTUnwrap(find("<listcomp>", in: module))
        XCTAssertEqual(comp.varnames, [".0", "i"])
        XCTAssertEqual(comp.argCount, 1)
        XCTAssertEqual(comp.freevars, ["n"])
        XCTAssertEqual(find("f", in: module)?.cellvars, ["n"])
        XCTAssertEqual(comp.qualname, "f.<locals>.<listcomp>")
    }

    func test_comprehension_walrusBindsInEnclosingFunction() throws {
        let module = try code("def f(d):\n    [y := x for x in d]\n    return y\n")
        XCTAssertEqual(find("f", in: module)?.cellvars, ["y"])
        XCTAssertEqual(find("<listcomp>", in: module)?.freevars, ["y"])
    }

    func test_generatorAndCoroutineFlags() throws {
        let module = try code("def g():\n    yield 1\nasync def c():\n    pass\nasync def ag():\n    yield 1\n")
        XCTAssertTrue(try XCTUnwrap(find("g", in: module)).flags.contains(.generator))
        XCTAssertTrue(try XCTUnwrap(find("c", in: module)).flags.contains(.coroutine))
        XCTAssertTrue(try XCTUnwrap(find("ag", in: module)).flags.contains(.asyncGenerator))
    }

    func test_varargsFlagsAndCounts() throws {
        let f = try XCTUnwrap(find("f", in: try code("def f(a, /, b, *args, c, **kw):\n    pass\n")))
        XCTAssertEqual(f.argCount, 2)
        XCTAssertEqual(f.positionalOnlyCount, 1)
        XCTAssertEqual(f.keywordOnlyCount, 1)
        XCTAssertEqual(f.varnames, ["a", "b", "c", "args", "kw"])
        XCTAssertTrue(f.flags.contains([.varargs, .varkeywords, .optimized, .newLocals]))
    }

    func test_privateNames_areMangledInClass() throws {
        let m = try XCTUnwrap(find("m", in: try code("class C:\n    def m(self):\n        self.__x = 1\n")))
        XCTAssertEqual(m.names, ["_C__x"])
    }
}

extension SymbolTableTests {
    func test_qualname_lambdaInsideComprehension_hasNoLocalsMarker() throws {
        let module = try code("def f():\n    return [lambda: n for n in range(3)]\n")
        XCTAssertEqual(find("<lambda>", in: module)?.qualname, "f.<locals>.<listcomp>.<lambda>")
    }
}
