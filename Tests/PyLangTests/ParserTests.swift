import XCTest
@testable import PyLang

final class ParserTests: XCTestCase {
    func body(_ src: String) throws -> [Stmt] { try parse(source: src, filename: "x.py").body }

    func expr(_ src: String) throws -> Expr {
        guard case .expr(let e) = try body(src + "\n")[0].kind else { throw XCTSkip("not an expression") }
        return e
    }

    func test_parse_fstring_nestedSpecConversionAndDebug() throws {
        guard case .joinedStr(let parts) = try expr("f'{a!r:>{w}} {b=} {{x}}'").kind else { return XCTFail("not a JoinedStr") }
        XCTAssertEqual(parts.count, 4)
        guard case .formattedValue(_, let conv, let spec?) = parts[0].kind else { return XCTFail("no spec") }
        XCTAssertEqual(conv, 114)
        guard case .joinedStr(let specParts) = spec.kind else { return XCTFail("spec not joined") }
        XCTAssertEqual(specParts.count, 2)
        guard case .literal(.str(let debugText)) = parts[1].kind else { return XCTFail("no debug text") }
        XCTAssertEqual(debugText, " b=")
        guard case .formattedValue(_, let debugConv, nil) = parts[2].kind else { return XCTFail("no debug value") }
        XCTAssertEqual(debugConv, 114)
        guard case .literal(.str(let tail)) = parts[3].kind else { return XCTFail("no tail") }
        XCTAssertEqual(tail, " {x}")
    }

    func test_parse_implicitConcatenation_joinsLiterals() throws {
        guard case .literal(.str(let s)) = try expr("'a' \"b\" '''c'''").kind else { return XCTFail() }
        XCTAssertEqual(s, "abc")
    }

    func test_parse_escapes_decoded() throws {
        guard case .literal(.str(let s)) = try expr(#"'\n\t\\\'\"\x41\u00e9\U0001F600\101'"#).kind else { return XCTFail() }
        XCTAssertEqual(s, "\n\t\\'\"Aé😀A")
    }

    func test_parse_comparisonChain_keepsAllOperators() throws {
        guard case .compare(_, let ops, let rights) = try expr("a < b <= c is not d not in e").kind else { return XCTFail() }
        XCTAssertEqual(ops, [.lt, .ltE, .isNot, .notIn])
        XCTAssertEqual(rights.count, 4)
    }

    func test_parse_power_isRightAssociativeAndBindsTighterThanUnaryMinus() throws {
        guard case .unaryOp(.uSub, let inner) = try expr("-2 ** 3 ** 2").kind,
              case .binOp(_, .pow, let rhs) = inner.kind, case .binOp(_, .pow, _) = rhs.kind else { return XCTFail() }
    }

    func test_parse_lambdaWithDefaultsStarArgsAndKwargs() throws {
        guard case .lambda(let args, _) = try expr("lambda a, b=1, *c, d, **e: a").kind else { return XCTFail() }
        XCTAssertEqual(args.allNames, ["a", "b", "d", "c", "e"])
        XCTAssertEqual(args.defaults.count, 1)
    }

    func test_parse_defWithAllParameterKinds() throws {
        guard case .functionDef(let fn) = try body("def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:\n    pass\n")[0].kind else { return XCTFail() }
        XCTAssertEqual(fn.args.posOnly.map(\.name), ["a", "b"])
        XCTAssertEqual(fn.args.args.map(\.name), ["c"])
        XCTAssertEqual(fn.args.kwOnly.map(\.name), ["d", "e"])
        XCTAssertEqual(fn.args.vararg?.name, "args")
        XCTAssertEqual(fn.args.kwarg?.name, "kw")
    }

    func test_parse_withSeveralItems_eachHasOwnTarget() throws {
        guard case .with(let items, _, false) = try body("with a as x, b as (y, z), c:\n    pass\n")[0].kind else { return XCTFail() }
        XCTAssertEqual(items.count, 3)
        XCTAssertNil(items[2].target)
    }

    func test_parse_starredAssignmentAndChains() throws {
        guard case .assign(let targets, _) = try body("a = b, *c = d\n")[0].kind else { return XCTFail() }
        XCTAssertEqual(targets.count, 2)
    }

    func test_parse_decoratedAsyncDef() throws {
        guard case .functionDef(let fn) = try body("@d\nasync def f():\n    await g()\n")[0].kind else { return XCTFail() }
        XCTAssertTrue(fn.isAsync)
        XCTAssertEqual(fn.decorators.count, 1)
    }

    func test_parse_classWithKeywords() throws {
        guard case .classDef(let cls) = try body("class C(A, B, metaclass=M):\n    x = 1\n")[0].kind else { return XCTFail() }
        XCTAssertEqual(cls.bases.count, 2)
        XCTAssertEqual(cls.keywords.first?.name, "metaclass")
    }

    func test_parse_dictAndSetDisplays_withUnpacking() throws {
        guard case .dict(let keys, _) = try expr("{'a': 1, **m}").kind else { return XCTFail() }
        XCTAssertNil(keys[1])
        guard case .set(let elts) = try expr("{1, *s}").kind else { return XCTFail() }
        XCTAssertEqual(elts.count, 2)
    }

    func test_parse_slicesWithSteps() throws {
        guard case .subscript(_, let index) = try expr("a[1:2:3, ::2]").kind, case .tuple(let parts) = index.kind else { return XCTFail() }
        XCTAssertEqual(parts.count, 2)
    }

    func test_parse_importForms() throws {
        let stmts = try body("import a.b as c\nfrom ..x import (y as z, w)\nfrom m import *\n")
        guard case .importFrom(let module, let names, let level) = stmts[1].kind else { return XCTFail() }
        XCTAssertEqual(module, "x")
        XCTAssertEqual(level, 2)
        XCTAssertEqual(names.map(\.asName), ["z", nil])
    }
}
