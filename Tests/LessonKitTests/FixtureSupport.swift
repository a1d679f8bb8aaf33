import Foundation
import XCTest
@testable import LessonKit

/// Locations of the fixture courses copied into the test bundle.
enum Fixtures {
    /// The `Fixtures` folder inside the test bundle.
    static var root: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures resource missing from the test bundle")
        }
        return url
    }

    /// A fixture course as a URL whose relativePath is `name` (so diagnostics print short paths).
    static func course(_ name: String) -> URL {
        URL(fileURLWithPath: name, isDirectory: true, relativeTo: root)
    }

    /// The checker's output for a fixture course, as `path:line:col: message` lines.
    static func check(_ name: String) -> [String] {
        LessonChecker.check(root: course(name)).map(\.description)
    }

    /// The repository's real `Lessons/` folder, found from this file's path.
    static var realLessons: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // LessonKitTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent() // package root
            .appendingPathComponent("Lessons", isDirectory: true)
    }
}

/// A lesson body under a minimal front matter (its body starts on line 6), parsed or checked.
enum LessonBody {
    static let frontMatter = "---\nid: a\ntitle: T\nsummary: S\n---\n"

    static func parse(_ body: String) -> ParsedLesson {
        var parser = LessonParser(path: "x.md", directory: nil)
        return parser.parse(frontMatter + body)
    }

    /// The checker's problems as `x.md:line:col: message`.
    static func problems(_ body: String) -> [String] {
        LessonChecker.check(text: frontMatter + body, path: "x.md").map(\.description)
    }
}
