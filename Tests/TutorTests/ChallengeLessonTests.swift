import Foundation
import LessonKit
import XCTest
@testable import Tutor

/// The course's challenges: each can be won (what `check` proves), in both editions.
final class ChallengeLessonTests: XCTestCase {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lessons")

    func test_courseChallenges_areTwelveOrMore_andTheSearchWinsEachOne() throws {
        let (catalog, _) = Catalog.load(from: Self.lessons)
        let challenges = catalog.lessons.filter { ["threads", "gil"].contains($0.id) }.flatMap(\.challenges)
        XCTAssertGreaterThanOrEqual(challenges.count, 12)
        XCTAssertEqual(ChallengeChecker.problems(in: catalog).map(\.description), [])
    }
}
