import Foundation
@testable import LessonKit
import Machine
import XCTest
@testable import Tutor

/// `check` holds an example to what its page `@claim`s: over several seeded engine runs, and over
/// several python3 runs for a nondeterministic example when python3 is asked for; a false claim
/// is a problem at its `@claim` line.
final class ExampleCheckerClaimTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("claim-checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("01-demo"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Checks a one-page lesson whose example `demo.py` is `source` (recorded as `out`), with
    /// `claims` under it (the first on line 10); problems with the course folder shortened.
    func check(_ source: String, out: String? = nil, claims: [String],
               options: ExampleChecker.Options = ExampleChecker.Options()) throws -> [String] {
        let lesson = folder.appendingPathComponent("01-demo")
        let page = "---\nid: demo\ntitle: T\nsummary: S.\n---\n\n## P\n\n@example demo.py\n" + claims.map { "@claim \($0)\n" }.joined()
        try page.write(to: lesson.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
        try source.write(to: lesson.appendingPathComponent("demo.py"), atomically: true, encoding: .utf8)
        if let out { try out.write(to: lesson.appendingPathComponent("demo.out"), atomically: true, encoding: .utf8) }
        let (catalog, problems) = Catalog.load(from: folder)
        XCTAssertEqual(problems.filter { !$0.message.contains("warning") }, [])
        return ExampleChecker.check(catalog, options: options).problems.map {
            $0.description.replacingOccurrences(of: folder.path, with: "course")
        }
    }

    func test_trueClaims_passCheck() throws {
        XCTAssertEqual(try check("print('counter: 20 - lost 0')\n", out: "counter: 20 - lost 0\n",
                                 claims: ["every run: prints \"lost 0\"", "no run: number after \"lost\" > 0",
                                          "some run: prints /^counter: [0-9]+/"]), [])
    }

    func test_falseClaim_failsCheck_atItsLine_withWhatTheRunShowed() throws {
        let problems = try check("print('counter: 20 - lost 0')\n", out: "counter: 20 - lost 0\n",
                                 claims: ["every run: prints \"lost 0\"", "every run: number after \"lost\" > 0"])
        XCTAssertEqual(problems, ["course/01-demo/lesson.md:11:1: claim 'every run: number after \"lost\" > 0' is false for demo.py: "
                                  + "in the tutor with --seed 0, the number after \"lost\" was 0"])
    }

    func test_claim_isCheckedOverSeveralSeeds_soALuckyFirstSeedDoesNotPassIt() throws {
        // The engine seeds `random` from --seed: the three runs print different numbers.
        let source = "# nondeterministic: a random number\nimport random\nprint('n', random.randrange(1000000))\n"
        var options = ExampleChecker.Options()
        let first = ExampleChecker.runInEngine(source: source, url: folder.appendingPathComponent("x.py"), options: options)
        let seen = try XCTUnwrap(Claim.number(after: "n", in: first.stdout))
        let problems = try check(source, claims: ["every run: number after \"n\" == \(Int(seen))", "some run: number after \"n\" == \(Int(seen))"])
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.hasPrefix("course/01-demo/lesson.md:10:1: claim 'every run: number after \"n\" == \(Int(seen))' "
                                                 + "is false for demo.py: in the tutor with --seed ") == true, "\(problems)")
        options.claimRuns = 1
        XCTAssertEqual(try check(source, claims: ["every run: number after \"n\" == \(Int(seen))"], options: options), [])
    }

    func test_someRun_thatNoRunShows_namesTheScope() throws {
        let problems = try check("print('lost 0')\n", out: "lost 0\n", claims: ["some run: prints /lost [1-9]/"])
        XCTAssertEqual(problems, ["course/01-demo/lesson.md:10:1: claim 'some run: prints /lost [1-9]/' is false for demo.py: "
                                  + "no run in the tutor (--seed 0 to 2) shows it; in the tutor with --seed 2, no line of its output matches /lost [1-9]/"])
    }

    func test_deadlockClaim_onADeadlockExample_andOnOneThatFinishes() throws {
        let deadlock = "# expect: deadlock\nimport threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n"
        XCTAssertEqual(try check(deadlock, claims: ["every run: deadlocks"]), [])
        XCTAssertEqual(try check("print(1)\n", out: "1\n", claims: ["every run: deadlocks"]),
                       ["course/01-demo/lesson.md:10:1: claim 'every run: deadlocks' is false for demo.py: in the tutor with --seed 0, it exited 0 without a deadlock"])
    }

    func test_nondeterministicExample_withPython3_isCheckedOverPython3RunsToo() throws {
        // A stand-in python3 that prints what the claim denies: the tutor's runs pass, python3's do not.
        let fake = folder.appendingPathComponent("fake-python3")
        try "#!/bin/sh\necho 'lost 7'\n".write(to: fake, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(fake.path, 0o755), 0)
        let source = "# nondeterministic: the loss varies\nprint('lost', 0)\n"
        XCTAssertEqual(try check(source, claims: ["every run: prints \"lost 0\""], options: ExampleChecker.Options(python3: fake.path)),
                       ["course/01-demo/lesson.md:10:1: claim 'every run: prints \"lost 0\"' is false for demo.py: in python3 run 1, its output has no \"lost 0\""])
        // Scoped claims look at one side only.
        XCTAssertEqual(try check(source, claims: ["every run in the tutor: prints \"lost 0\"", "every run in python3: prints \"lost 7\""],
                                 options: ExampleChecker.Options(python3: fake.path)), [])
        XCTAssertEqual(try check(source, claims: ["every run in python3: prints \"lost 0\""], options: ExampleChecker.Options()), [])
        // A deterministic example's python3 output is compared with the engine's instead.
        XCTAssertEqual(try check("print('lost', 0)\n", out: "lost 0\n", claims: ["every run: prints \"lost 0\""],
                                 options: ExampleChecker.Options(python3: fake.path)),
                       ["course/01-demo/demo.py:1:1: the tutor's output differs from python3's: line 1: expected 'lost 7', got 'lost 0'"])
    }
}
