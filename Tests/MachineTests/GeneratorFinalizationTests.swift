import PyLang
import XCTest
@testable import Machine

/// Suspended generators nobody can resume are closed (their `finally` runs): by the collector,
/// before native calls, and at exit (the last two are in the conformance programs).
final class GeneratorFinalizationTests: XCTestCase {

    static let dropped = """
    def gen():
        try:
            yield 1
        finally:
            log.append('finally')
    log = []
    g = gen()
    next(g)
    g = None
    i = 0
    while i < 100000:
        i += 1
    """

    func test_collector_closesAnUnreachableSuspendedGenerator() throws {
        var (vm, globals) = try moduleProcess(Self.dropped)
        guard case .budgetUsed = vm.run(budget: 200) else { return XCTFail("finished too early") }
        XCTAssertEqual(vm.heap.finalizers.generators.count, 1)
        vm.collectGarbage()
        let log = vm.dictGet(globals, "log").flatMap { vm.heap.sequenceItems($0) } ?? []
        XCTAssertEqual(log.compactMap { vm.heap.string($0) }, ["finally"])
        XCTAssertTrue(vm.heap.finalizers.generators.isEmpty || vm.heap.generatorNeedsClose(vm.heap.finalizers.generators[0]) == false)
    }

    func test_collector_leavesAReachableSuspendedGeneratorAlone() throws {
        var (vm, globals) = try moduleProcess(Self.dropped.replacingOccurrences(of: "g = None", with: "keep = [g]"))
        guard case .budgetUsed = vm.run(budget: 200) else { return XCTFail("finished too early") }
        vm.collectGarbage()
        let log = vm.dictGet(globals, "log").flatMap { vm.heap.sequenceItems($0) } ?? []
        XCTAssertTrue(log.isEmpty)
        XCTAssertEqual(vm.heap.finalizers.generators.count, 1)
    }

    func test_generatorWithoutTryOrWith_isNotTracked() throws {
        var (vm, _) = try moduleProcess("def gen():\n    yield 1\ng = gen()\nnext(g)\n")
        _ = vm.run(budget: 1_000)
        XCTAssertTrue(vm.heap.finalizers.generators.isEmpty)
    }
}
