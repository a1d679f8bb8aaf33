import XCTest
import Trace
@testable import Machine

/// Runs every program of `Tests/Conformance/gevent/` (gevent as Python preludes over the
/// engine's greenlet) and compares with CPython 3.11 + gevent's recorded results
/// (Scripts/regen-coroutines.sh), by `ConformanceTests.check`. `known-failures.txt` lists the
/// programs that do not pass yet (none today); the list may only shrink. `greenlet/` is run by
/// GreenletConformanceTests.
final class CoroutineConformanceTests: XCTestCase {
    func test_geventPrograms_matchCPython() throws {
        let folder = "gevent"
        let programs = try ConformanceTests.programs(in: folder)
        let knownURL = ConformanceTests.root.appendingPathComponent(folder).appendingPathComponent("known-failures.txt")
        let knownText = (try? String(contentsOf: knownURL, encoding: .utf8)) ?? ""
        let known = Set(knownText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        var passed = 0
        for program in programs {
            let name = program.deletingPathExtension().lastPathComponent
            let problem = ConformanceTests.check(program)
            if problem == nil { passed += 1 }
            if let problem, !known.contains(name) { XCTFail("\(folder)/\(name): \(problem)") }
            if problem == nil, known.contains(name) { XCTFail("\(folder)/\(name) passes now: remove it from known-failures.txt") }
        }
        XCTAssertGreaterThanOrEqual(programs.count, 22, "the gevent corpus went missing")
        print("conformance: \(passed)/\(programs.count) gevent programs pass")
    }

    private func timelineRows(_ source: String) -> (stdout: String, rows: [String]) {
        let (result, trace) = ProgramRun.runTraced(path: "t.py", source: source, arguments: [],
                                                   options: RunOptions(maxSteps: 5_000_000))
        let rows = TextTimeline.render(trace).split(separator: "\n").map(String.init)
        return (String(decoding: result.stdout, as: UTF8.self), rows)
    }

    /// Issue 21: a gevent greenlet's lane carries gevent's name for it (`Greenlet-N`, given when
    /// the program first asks, as gevent numbers them), the hub's lane reads `Hub`, and a
    /// greenlet never asked for its name shows its class and function, as its repr does.
    func test_geventLanes_areNamedAsGeventNamesTheGreenlets() {
        let (out, rows) = timelineRows("""
        import gevent
        def worker(n):
            gevent.sleep(0.01 * (3 - n))
            print(gevent.getcurrent().name, n)
        jobs = [gevent.spawn(worker, n) for n in range(3)]
        quiet = gevent.spawn(gevent.sleep, 0.02)
        gevent.joinall(jobs + [quiet])
        """)
        // The last to wake asks first: gevent numbers in the order of asking. A greenlet never
        // named shows its function and arguments, as its repr does.
        XCTAssertEqual(out, "Greenlet-0 2\nGreenlet-1 1\nGreenlet-2 0\n")
        let names = rows.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        for lane in ["Hub", "Greenlet-0", "Greenlet-1", "Greenlet-2"] {
            XCTAssertTrue(names.contains(lane), "no lane \(lane) in\n\(rows.joined(separator: "\n"))")
        }
        XCTAssertTrue(rows.contains { $0.hasPrefix("Greenlet sleep(0.02) ") }, rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.hasPrefix("greenlet-") }, rows.joined(separator: "\n"))
    }

    /// Issue 21: a StreamServer's handlers run in greenlets of their own, and when every
    /// greenlet waits on a socket the hub waits in the kernel (its lane shows `w`).
    func test_geventStreamServer_hubWaitsInTheKernel() {
        let (out, rows) = timelineRows("""
        import gevent
        from gevent import socket
        from gevent.server import StreamServer
        def echo(sock, address):
            sock.sendall(sock.recv(100).upper())
        server = StreamServer(('127.0.0.1', 27301), echo)
        server.start()
        def client(i):
            c = socket.create_connection(('127.0.0.1', 27301))
            gevent.sleep(0.01)
            c.sendall(('hi%d' % i).encode())
            reply = c.recv(100)
            c.close()
            return reply
        jobs = [gevent.spawn(client, i) for i in range(3)]
        gevent.joinall(jobs)
        print([j.value for j in jobs])
        server.stop()
        """)
        XCTAssertEqual(out, "[b'HI0', b'HI1', b'HI2']\n")
        let hub = rows.first { $0.hasPrefix("Hub ") } ?? ""
        XCTAssertTrue(hub.contains("w"), rows.joined(separator: "\n"))
        XCTAssertEqual(rows.filter { $0.hasPrefix("Greenlet _handle_and_clo") }.count, 3,
                       rows.joined(separator: "\n"))
    }
}
