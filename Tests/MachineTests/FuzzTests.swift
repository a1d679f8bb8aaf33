import Foundation
import XCTest
@testable import Machine
import PyLang

/// Seeded, deterministic mutation fuzzing of the whole pipeline: source bytes → UTF-8 check →
/// tokenizer → parser → compiler → `dis` listing → a run in the engine under a small step
/// budget. Seeds are the conformance corpus, the golden `dis` programs and the lessons'
/// examples. A Swift trap or a stack overflow kills the test process, which is the failure.
///
/// - `FUZZ_ITERATIONS=N` runs N mutated programs (default `defaultIterations`, about a minute
///   of a debug build on an idle 2-core machine) but stops after `FUZZ_SECONDS` (default
///   `defaultSeconds`) of wall time, so a loaded machine runs a shorter prefix of the same
///   sequence; `FUZZ_SEED=HEX` changes the whole sequence.
/// - Each case's input is written to `FuzzTests.currentCasePath` before it runs, so after a
///   crash that file holds the reproducer; `FUZZ_CASE=HEX` replays one case by the seed the
///   `FUZZ_VERBOSE=1` log prints for it.
final class FuzzTests: XCTestCase {
    static let defaultIterations = 1500
    static let defaultSeconds = 75.0
    static let defaultSeed: UInt64 = 0x5EED_F022_2026_0001
    /// Steps per run: enough for most seeds to reach their end, small enough that a mutated
    /// infinite loop costs little.
    static let maxSteps = 20_000

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let currentCasePath = FileManager.default.temporaryDirectory
        .appendingPathComponent("concurrency-tutor-fuzz-case.py").path

    /// Every seed program, in a fixed order.
    static func seeds() throws -> [[UInt8]] {
        var files: [URL] = []
        for folder in ["Tests/Conformance", "Tests/PyLangTests/Golden", "Lessons"] {
            let dir = repositoryRoot.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where url.pathExtension == "py" { files.append(url) }
        }
        files.sort { $0.path < $1.path }
        return try files.map { Array(try Data(contentsOf: $0)) }
    }

    static func environment(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }

    func test_mutatedCorpus_neverCrashes() throws {
        let seeds = try Self.seeds()
        XCTAssertGreaterThan(seeds.count, 100)
        var tally = FuzzTally()
        if let replay = Self.environment("FUZZ_CASE"), let caseSeed = UInt64(replay, radix: 16) {
            Self.runCase(caseSeed, seeds: seeds, tally: &tally)
            print("fuzz: replayed case \(replay): \(tally)")
            return
        }
        let iterations = Self.environment("FUZZ_ITERATIONS").flatMap { Int($0) } ?? Self.defaultIterations
        let seed = Self.environment("FUZZ_SEED").flatMap { UInt64($0, radix: 16) } ?? Self.defaultSeed
        let seconds = Self.environment("FUZZ_SECONDS").flatMap { Double($0) } ?? Self.defaultSeconds
        let verbose = Self.environment("FUZZ_VERBOSE") != nil
        var rng = FuzzRandom(seed: seed)
        let start = Date()
        for k in 0..<iterations where Date().timeIntervalSince(start) < seconds {
            let caseSeed = rng.next()
            if verbose { FileHandle.standardError.write(Data("fuzz case \(k): FUZZ_CASE=\(String(caseSeed, radix: 16))\n".utf8)) }
            Self.runCase(caseSeed, seeds: seeds, tally: &tally)
        }
        print("fuzz: seed \(String(seed, radix: 16)), \(tally.inputs) of \(iterations) inputs in \(Int(Date().timeIntervalSince(start))) s: \(tally)")
        XCTAssertGreaterThan(tally.compiled, 0)
        XCTAssertGreaterThan(tally.syntaxErrors, 0)
    }

    /// Mutates one seed as `caseSeed` says and runs it through every stage.
    static func runCase(_ caseSeed: UInt64, seeds: [[UInt8]], tally: inout FuzzTally) {
        var r = FuzzRandom(seed: caseSeed)
        var mutator = Mutator(seeds: seeds, random: r)
        let bytes = mutator.mutatedProgram()
        r = mutator.random
        FileManager.default.createFile(atPath: currentCasePath, contents: Data(bytes))
        tally.inputs += 1
        let source: String
        switch SourceText.decode(bytes, path: "fuzz.py") {
        case .notUTF8:
            tally.notUTF8 += 1
            return
        case .text(let text):
            source = text
        }
        _ = try? tokenize(source, filename: "fuzz.py")
        do {
            let code = try compile(source: source, filename: "fuzz.py")
            _ = disassemble(code)
            tally.compiled += 1
        } catch {
            tally.syntaxErrors += 1
            // The engine reports it the same way; running it covers that path once in a while.
            if r.next() % 8 != 0 { return }
        }
        let result = ProgramRun.run(path: "fuzz.py", source: source, arguments: [],
                                    options: RunOptions(seed: r.next() % 4, maxSteps: maxSteps))
        tally.statuses[result.status, default: 0] += 1
    }
}

/// What a fuzz run went through.
struct FuzzTally: CustomStringConvertible {
    var inputs = 0, notUTF8 = 0, syntaxErrors = 0, compiled = 0
    var statuses: [Int32: Int] = [:]

    var description: String {
        let runs = statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        return "\(inputs) inputs, \(notUTF8) not UTF-8, \(syntaxErrors) refused by the compiler, \(compiled) compiled; exit statuses {\(runs)}"
    }
}

/// xorshift64*: small, fast and the same on every platform.
struct FuzzRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    /// A number in `0..<n` (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func chance(_ oneIn: Int) -> Bool { below(oneIn) == 0 }
}
