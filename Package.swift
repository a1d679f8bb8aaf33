// swift-tools-version:6.0
import PackageDescription

// Swift 5 language mode: the curses backend touches C globals (stdscr, LINES) that
// Swift 6's strict concurrency rejects, and the interpreter is single-threaded by design
// (the virtual machine schedules Python threads itself). See Docs/DECISIONS.md.
let plain: [SwiftSetting] = [.swiftLanguageMode(.v5)]

// Release builds of what ships link the Swift runtime and Foundation statically
// (`-static-stdlib`, at compile time too, so each object names the static libraries it
// needs): a run starts in about 60% of the CPU time, as the dynamic loader no longer binds
// thousands of their symbols, and every short program pays start-up. See Docs/DECISIONS.md.
// XCTest has no static build, so the tests and their support keep `plain`.
let settings: [SwiftSetting] = plain + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

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
            swiftSettings: settings,
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // Not shipped: recorded runs for the run view's tests, demos and frame benchmark.
        .target(name: "TutorFixtures", dependencies: ["Tutor", "Trace"], path: "Tests/TutorFixtures", swiftSettings: settings),
        .executableTarget(
            name: "run-view-bench",
            dependencies: ["Tutor", "TutorFixtures", "TerminalUI"],
            path: "Benchmarks/RunViewBench",
            swiftSettings: settings,
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: plain),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "CNcursesw", "TestSupport"],
            exclude: ["__Snapshots__"],
            swiftSettings: plain
        ),
        .testTarget(
            name: "LessonKitTests",
            dependencies: ["LessonKit"],
            resources: [.copy("Fixtures")],
            swiftSettings: plain
        ),
        .testTarget(name: "TraceTests", dependencies: ["Trace"], swiftSettings: plain),
        .testTarget(
            name: "PyLangTests",
            dependencies: ["PyLang"],
            exclude: ["Golden"],
            swiftSettings: plain
        ),
        .testTarget(name: "MachineTests", dependencies: ["Machine", "PyLang", "Trace"], swiftSettings: plain),
        .testTarget(
            name: "TutorTests",
            dependencies: ["Tutor", "TutorFixtures", "Machine", "Trace", "TerminalUI", "LessonKit", "TestSupport"],
            exclude: ["__Snapshots__"],
            swiftSettings: plain
        ),
    ]
)
