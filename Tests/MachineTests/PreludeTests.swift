import Foundation
import PyLang
import XCTest
@testable import Machine

/// The Python preludes are resource files: every one is found and compiles, and a missing
/// resource bundle is an ImportError naming the file, never a trap.
final class PreludeTests: XCTestCase {
    func test_everyPreludeModule_isFoundAndCompiles() throws {
        for name in Prelude.modules.sorted() {
            guard case .success(let source)? = Prelude.source(of: name) else {
                return XCTFail("prelude \(name) not found")
            }
            XCTAssertNoThrow(try compile(source: source, filename: "<\(name)>"), name)
        }
        XCTAssertNil(Prelude.source(of: "sqlite3"), "not a prelude module")
    }

    func test_preludeFiles_missingEverywhere_failWithAMessageNamingTheFile() {
        let nowhere = URL(fileURLWithPath: "/nonexistent/concurrency-tutor-prelude")
        let library = Prelude.Library(directories: [nowhere])
        guard case .failure(let missing)? = library.source(of: "threading") else { return XCTFail("threading loaded from nowhere") }
        XCTAssertTrue(missing.message.contains("threading.py"), missing.message)
        XCTAssertTrue(missing.message.contains(nowhere.path), missing.message)
    }

    func test_importOfAPrelude_runsItsFileWithTheModuleFilename() {
        let r = ProgramRun.run(path: "t.py", source: "import threading\nprint('ok')\n"
                                   + "import json\nprint(json.dumps([1]))\n",
                               arguments: [], options: RunOptions())
        XCTAssertEqual(String(decoding: r.stdout, as: UTF8.self), "ok\n[1]\n")
        let raising = ProgramRun.run(path: "t.py", source: "import queue\nqueue.Queue(0).get(timeout=-1)\n",
                                     arguments: [], options: RunOptions())
        XCTAssertTrue(String(decoding: raising.stderr, as: UTF8.self).contains("File \"<queue>\""),
                      String(decoding: raising.stderr, as: UTF8.self))
    }
}
