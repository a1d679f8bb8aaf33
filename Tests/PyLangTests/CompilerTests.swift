import XCTest
@testable import PyLang

final class CompilerTests: XCTestCase {
    func code(_ src: String) throws -> CodeObject { try compile(source: src, filename: "x.py") }

    func find(_ name: String, in code: CodeObject) -> CodeObject? {
        for c in code.constants {
            if case .code(let nested) = c {
                if nested.name == name { return nested }
                if let found = find(name, in: nested) { return found }
            }
        }
        return nil
    }

    /// Eval-breaker points as in 3.11's ceval.c: RESUME, JUMP_BACKWARD, backward conditional
    /// jumps, CALL and CALL_FUNCTION_EX.
    func isSwitchPoint(_ i: Instruction, at index: Int) -> Bool {
        switch i {
        case .resume, .jumpBackward, .call, .callFunctionEx: return true
        case .popJumpIfTrue(let t), .popJumpIfFalse(let t), .popJumpIfNone(let t), .popJumpIfNotNone(let t):
            return Int(t) <= index
        default: return false
        }
    }

    func test_functionBody_beginsWithResume() throws {
        let f = try XCTUnwrap(find("f", in: try code("def f(x):\n    return x\n")))
        XCTAssertEqual(f.instructions.first, .resume(0))
        XCTAssertEqual(f.lines.first, 1)
    }

    func test_generatorBody_resumesAfterReturnGeneratorAndEachYield() throws {
        let g = try XCTUnwrap(find("g", in: try code("def g():\n    yield 1\n    yield 2\n")))
        XCTAssertEqual(Array(g.instructions.prefix(3)), [.returnGenerator, .popTop, .resume(0)])
        let afterYields = g.instructions.indices.filter { g.instructions[$0] == .yieldValue }.map { g.instructions[$0 + 1] }
        XCTAssertEqual(afterYields, [.resume(1), .resume(1)])
    }

    func test_forLoopBody_endsInJumpBackwardToForIter() throws {
        let f = try XCTUnwrap(find("f", in: try code("def f(n):\n    for i in range(n):\n        print(i)\n")))
        guard let forIndex = f.instructions.firstIndex(where: { if case .forIter = $0 { return true }; return false }),
              case .forIter(let exit) = f.instructions[forIndex] else { return XCTFail("no FOR_ITER") }
        XCTAssertEqual(f.instructions[Int(exit) - 1], .jumpBackward(Int32(forIndex)))
    }

    func test_whileTrueLoop_endsInJumpBackward() throws {
        let f = try XCTUnwrap(find("f", in: try code("def f():\n    while True:\n        work()\n")))
        XCTAssertTrue(f.instructions.contains { if case .jumpBackward = $0 { return true }; return false })
    }

    func test_globalCounterIncrement_hasNoSwitchPointBetweenLoadAndStore() throws {
        let src = "counter = 0\ndef worker():\n    global counter\n    for _ in range(10):\n        counter += 1\n"
        let w = try XCTUnwrap(find("worker", in: try code(src)))
        let name = Int32(try XCTUnwrap(w.names.firstIndex(of: "counter")))
        let one = Int32(try XCTUnwrap(w.constants.firstIndex { if case .int(1) = $0 { return true }; return false }))
        let loadIndex = try XCTUnwrap(w.instructions.firstIndex(of: .loadGlobal(name, pushNull: false)))
        XCTAssertEqual(Array(w.instructions[loadIndex...(loadIndex + 4)]), [
            .loadGlobal(name, pushNull: false), .loadConst(one), .binaryOp(13), .storeGlobal(name), .jumpBackward(5),
        ])
        for k in loadIndex...(loadIndex + 3) { XCTAssertFalse(isSwitchPoint(w.instructions[k], at: k)) }
        XCTAssertTrue(disassemble(w).contains("BINARY_OP               13 (+=)"))
    }

    func test_counterPlusCall_hasCallSwitchPointBetweenLoadAndStore() throws {
        let w = try XCTUnwrap(find("w", in: try code("def w():\n    global counter\n    counter = counter + one()\n")))
        let load = try XCTUnwrap(w.instructions.firstIndex(of: .loadGlobal(0, pushNull: false)))
        let store = try XCTUnwrap(w.instructions.firstIndex(of: .storeGlobal(0)))
        XCTAssertTrue((load..<store).contains { isSwitchPoint(w.instructions[$0], at: $0) })
    }

    func test_exceptionTable_coversTryBodyAndHandlerCleanup() throws {
        let f = try XCTUnwrap(find("f", in: try code("def f():\n    try:\n        g()\n    except E:\n        pass\n")))
        XCTAssertFalse(f.exceptionTable.isEmpty)
        let first = f.exceptionTable[0]
        XCTAssertEqual(f.instructions[Int(first.handler)], .pushExcInfo)
        XCTAssertFalse(first.pushLasti)
        XCTAssertTrue(f.exceptionTable.contains { $0.pushLasti })
    }

    func test_stackSize_isComputed() throws {
        XCTAssertGreaterThanOrEqual(try code("f(a, b, c)\n").stackSize, 5)
    }

    func test_constants_bigIntAndFloatReprs() throws {
        let reprs = try code("x = 10**0\ny = 123456789012345678901234567890, 0.1, 1e20, 1e-05, 1e16, 123.456, 'it''s'\n")
            .constants.map(\.pythonRepr)
        XCTAssertTrue(reprs.contains("(123456789012345678901234567890, 0.1, 1e+20, 1e-05, 1e+16, 123.456, 'its')"), "\(reprs)")
    }

    func test_pythonRepr_matchesPython() {
        XCTAssertEqual(Constant.str("it's").pythonRepr, "\"it's\"")
        XCTAssertEqual(Constant.str("a\nb\\").pythonRepr, "'a\\nb\\\\'")
        XCTAssertEqual(Constant.str("both ' and \"").pythonRepr, "'both \\' and \"'")
        XCTAssertEqual(Constant.bytes([0, 65, 39]).pythonRepr, "b\"\\x00A'\"")
        XCTAssertEqual(Constant.float(.infinity).pythonRepr, "inf")
        XCTAssertEqual(Constant.float(2.5e-7).pythonRepr, "2.5e-07")
        XCTAssertEqual(Constant.float(100.0).pythonRepr, "100.0")
        XCTAssertEqual(Constant.tuple([.int(1)]).pythonRepr, "(1,)")
    }

    func test_compileErrors_outsideLoopAndFunction() {
        XCTAssertThrowsError(try code("def f():\n    break\n")) { XCTAssertEqual(($0 as? SyntaxError)?.message, "'break' outside loop") }
        XCTAssertThrowsError(try code("def f():\n    await x\n")) { XCTAssertEqual(($0 as? SyntaxError)?.message, "'await' outside async function") }
    }

    func test_compile_everyPrefixOfGoldenPrograms_neverCrashes() throws {
        let dir = GoldenDisTests.goldenDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".py") }
        var compiled = 0
        for file in files {
            let source = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let scalars = Array(source.unicodeScalars)
            for cut in stride(from: 0, through: scalars.count, by: 3) {
                let prefix = String(String.UnicodeScalarView(scalars[0..<cut]))
                if (try? compile(source: prefix, filename: file)) != nil { compiled += 1 }
                _ = disassemble((try? compile(source: prefix + "\n", filename: file)) ?? compile(empty: ()))
            }
        }
        XCTAssertGreaterThan(compiled, 0)
    }
}

extension CompilerTests {
    /// Deterministic mutation fuzzing: every mutated program either compiles or throws a
    /// `SyntaxError`; nothing traps.
    func test_compile_randomMutationsOfGoldenPrograms_neverCrash() throws {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ n: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(n))
        }
        let alphabet = Array("()[]{}:=,.*\n \t'\"fxyr0123#\\@lambda if else for in not and or yield await async def class return")
        let dir = GoldenDisTests.goldenDirectory
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".py") }).sorted() {
            let original = Array(try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8))
            for _ in 0..<120 {
                var s = original
                for _ in 0..<3 where !s.isEmpty {
                    let p = next(s.count)
                    switch next(3) {
                    case 0: s.remove(at: p)
                    case 1: s.insert(alphabet[next(alphabet.count)], at: p)
                    default: s[p] = alphabet[next(alphabet.count)]
                    }
                }
                do {
                    _ = disassemble(try compile(source: String(s), filename: file))
                } catch is SyntaxError {
                } catch {
                    XCTFail("\(file): non-SyntaxError \(error)")
                }
            }
        }
    }
}

private func compile(empty: Void) -> CodeObject {
    // The empty module always compiles.
    (try? compile(source: "", filename: "empty.py"))!
}

extension CompilerTests {
    func test_futureAnnotations_compilesAnnotationsAsSourceText() throws {
        let module = try code("from __future__ import annotations\ndef f(x: Later[int]) -> Node:\n    pass\ny: Dict[str, int] = {}\n")
        let reprs = module.constants.map(\.pythonRepr)
        XCTAssertTrue(reprs.contains("'Later[int]'"), "\(reprs)")
        XCTAssertTrue(reprs.contains("'Node'"))
        XCTAssertTrue(reprs.contains("'Dict[str, int]'"))
        XCTAssertFalse(module.names.contains("Later"))
    }

    func test_futureImport_afterOtherCode_raisesSyntaxError() {
        XCTAssertThrowsError(try code("x = 1\nfrom __future__ import annotations\n")) {
            XCTAssertEqual(($0 as? SyntaxError)?.message, "from __future__ imports must occur at the beginning of the file")
        }
    }
}

extension CompilerTests {
    /// Positions as printed by CPython 3.11's `dis.get_instructions(...).positions` for the same
    /// program; the engine uses them for traceback carets (`~~^~~`).
    func test_positions_matchCPythonForCallsAndBinaryOps() throws {
        let module = try code("def worker(n):\n    return 1 / n\n\nx = worker(0)\n")
        let call = try XCTUnwrap(module.instructions.firstIndex(of: .call(1)))
        XCTAssertEqual(module.positions[call], SourcePosition(line: 4, endLine: 4, column: 4, endColumn: 13))
        let store = try XCTUnwrap(module.instructions.lastIndex { if case .storeName = $0 { return true }; return false })
        XCTAssertEqual(module.positions[store], SourcePosition(line: 4, endLine: 4, column: 0, endColumn: 1))
        let worker = try XCTUnwrap(find("worker", in: module))
        let binop = try XCTUnwrap(worker.instructions.firstIndex(of: .binaryOp(11)))
        XCTAssertEqual(worker.positions[binop], SourcePosition(line: 2, endLine: 2, column: 11, endColumn: 16))
        XCTAssertEqual(worker.positions[binop + 1], SourcePosition(line: 2, endLine: 2, column: 4, endColumn: 16))
    }
}

extension CompilerTests {
    func test_awaitInsideComprehension_makesItACoroutineAwaitedInPlace() throws {
        let module = try code("async def f(xs):\n    return [await x for x in xs]\n")
        let f = try XCTUnwrap(find("f", in: module))
        let listcomp = try XCTUnwrap(find("<listcomp>", in: f))
        XCTAssertTrue(listcomp.flags.contains(.coroutine))
        XCTAssertTrue(f.instructions.contains(.getAwaitable(0)))
    }

    func test_asyncComprehensionOutsideAsyncFunction_isCPythonsSyntaxError() {
        XCTAssertThrowsError(try code("def f(xs):\n    return [x async for x in xs]\n")) {
            XCTAssertEqual(($0 as? SyntaxError)?.message, "asynchronous comprehension outside of an asynchronous function")
        }
    }
}

extension CompilerTests {
    func test_describeInstruction_readsLikeDis() throws {
        let module = try code("print(1 + x)\n")
        let lines = module.instructions.indices.map { describeInstruction(at: $0, in: module) }
        XCTAssertEqual(lines, ["RESUME 0", "PUSH_NULL", "LOAD_NAME 0 (print)", "LOAD_CONST 0 (1)", "LOAD_NAME 1 (x)",
                               "BINARY_OP 0 (+)", "CALL 1", "POP_TOP", "LOAD_CONST 1 (None)", "RETURN_VALUE"])
    }
}

extension CompilerTests {
    func test_constantFolding_foldsSmallResultsLikeCPython() throws {
        let reprs = try code("a = 2 ** 10, 7 // -2, -7 % 3, 'ab' * 3, 1 / 4, not 0\nb = 'x' * 4611686018427387904\nc = 2 ** 200\n")
            .constants.map(\.pythonRepr)
        XCTAssertTrue(reprs.contains("(1024, -4, 2, 'ababab', 0.25, True)"), "\(reprs)")
        XCTAssertFalse(reprs.contains { $0.count > 100 })
    }
}
