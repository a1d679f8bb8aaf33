/// Modules written in Python, compiled on first import (faster to write than natives and
/// exactly as lazy as CPython's pure-Python versions).
enum Prelude {
    static let sources: [String: String] = [
        "functools": functools,
        "itertools": itertools,
        "math": math,
        "random": random,
        "collections": collections,
        "errno": errno,
        "json": json,
        "struct": structModule,
        "threading": threading,
        "queue": queue,
        "concurrent": concurrent,
        "concurrent.futures": concurrentFutures,
    ]
}
