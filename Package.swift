// swift-tools-version:6.0
import PackageDescription

// Swift 5 language mode: the curses backend touches C globals (stdscr, LINES) that
// Swift 6's strict concurrency rejects, and the interpreter is single-threaded by design
// (the virtual machine schedules Python threads itself). See Docs/DECISIONS.md.
let settings: [SwiftSetting] = [.swiftLanguageMode(.v5)]

let package = Package(
    name: "concurrency-tutor",
    products: [
        .executable(name: "concurrency-tutor", targets: ["concurrency-tutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalUI", dependencies: ["CNcursesw"], swiftSettings: settings),
        .target(name: "LessonKit", swiftSettings: settings),
        .target(name: "PyLang", swiftSettings: settings),
        .target(name: "Trace", swiftSettings: settings),
        .target(
            name: "Machine",
            dependencies: [
                "PyLang",
                "Trace",
                .product(name: "BigInt", package: "BigInt"),
            ],
            resources: [.copy("Prelude")],
            // No run-time exclusivity checks in the engine: they were a fifth of the
            // instructions of a locked counter (every access to the World's properties).
            // Compile-time checks still apply. See Docs/DECISIONS.md.
            swiftSettings: settings + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .target(
            name: "Tutor",
            dependencies: ["LessonKit", "TerminalUI", "Machine", "Trace"],
            swiftSettings: settings
        ),
        // Thin: it parses the command line and calls Tutor; it names the engine's `RunOptions`
        // (Machine) and hands the app its catalog (LessonKit) and terminal (TerminalUI).
        .executableTarget(
            name: "concurrency-tutor",
            dependencies: [
                "Tutor",
                "Machine",
                "LessonKit",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        // Not shipped: recorded runs for the run view's tests, demos and frame benchmark.
        .target(name: "TutorFixtures", dependencies: ["Tutor", "Trace"], path: "Tests/TutorFixtures", swiftSettings: settings),
        .executableTarget(
            name: "run-view-bench",
            dependencies: ["Tutor", "TutorFixtures", "TerminalUI"],
            path: "Benchmarks/RunViewBench",
            swiftSettings: settings
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: settings),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "CNcursesw", "TestSupport"],
            exclude: ["__Snapshots__"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "LessonKitTests",
            dependencies: ["LessonKit"],
            resources: [.copy("Fixtures")],
            swiftSettings: settings
        ),
        .testTarget(name: "TraceTests", dependencies: ["Trace"], swiftSettings: settings),
        .testTarget(
            name: "PyLangTests",
            dependencies: ["PyLang"],
            exclude: ["Golden"],
            swiftSettings: settings
        ),
        .testTarget(name: "MachineTests", dependencies: ["Machine", "PyLang", "Trace"], swiftSettings: settings),
        .testTarget(
            name: "TutorTests",
            dependencies: ["Tutor", "TutorFixtures", "Machine", "Trace", "TerminalUI", "LessonKit", "TestSupport"],
            exclude: ["__Snapshots__"],
            swiftSettings: settings
        ),
    ]
)
