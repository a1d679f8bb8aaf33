import XCTest
import Trace
@testable import Machine

/// The virtual network's kernel side: TCP states in virtual time, the two phases of a read on
/// the timeline, descriptor numbering shared with pipes.
final class NetworkTests: XCTestCase {
    private func run(_ source: String) -> (RunResult, Trace) {
        ProgramRun.runTraced(path: "t.py", source: source, arguments: [], options: RunOptions(maxSteps: 5_000_000))
    }

    func test_tcpHistory_recordsHandshakeAndFourStepClose() {
        let lat = Network.latency / 1_000
        let (result, _) = run("""
        import socket, _socket
        srv = socket.create_server(('127.0.0.1', 25301))
        c = socket.create_connection(('127.0.0.1', 25301))
        a, _ = srv.accept()
        cfd, afd = c.fileno(), a.fileno()
        hc = _socket.tcp_history(cfd)
        ha = _socket.tcp_history(afd)
        c.close()
        print(a.recv(10))
        a.close()
        t0 = hc[0][0]
        for name, h in (('client', hc), ('server', ha)):
            print(name, [(round((t - t0) * 1e6), s) for t, s in h])
        print(_socket.tcp_history(srv.fileno())[0][1])
        """)
        let out = String(decoding: result.stdout, as: UTF8.self)
        // The histories were read before the close; the close's steps are checked below.
        XCTAssertEqual(out, """
        b''
        client [(0, 'SYN_SENT'), (\(2 * lat), 'ESTABLISHED')]
        server [(\(lat), 'SYN_RECV'), (\(3 * lat), 'ESTABLISHED')]
        LISTEN

        """)
    }

    func test_closeSequence_firstCloserWaitsInTimeWait() {
        let kernel = Kernel(cores: 1)
        let l = kernel.newSocket(.stream, for: 1)
        XCTAssertEqual(l, 3, "descriptors start after the standard streams")
        guard case .socket(let ls)? = kernel.descriptor(l, of: 1) else { return XCTFail("not a socket") }
        XCTAssertEqual(kernel.bind(ls, to: NetAddress(host: "127.0.0.1", port: 80), at: 0), 0)
        XCTAssertEqual(kernel.listen(ls, backlog: 1, at: 0), 0)
        let c = kernel.newSocket(.stream, for: 1)
        guard case .socket(let cs)? = kernel.descriptor(c, of: 1) else { return XCTFail("not a socket") }
        XCTAssertEqual(kernel.connect(cs, to: NetAddress(host: "127.0.0.1", port: 80), at: 1_000, blocking: false), .started)
        guard let server = kernel.accept(ls) else { return XCTFail("nothing to accept") }
        kernel.closeSocket(cs, at: 10_000)
        XCTAssertEqual(kernel.network.sockets[cs].state, .finWait2)
        XCTAssertEqual(kernel.network.sockets[server].state, .closeWait)
        XCTAssertEqual(kernel.receive(server, 10), .done([]), "end of stream after the FIN")
        kernel.closeSocket(server, at: 20_000)
        XCTAssertEqual(kernel.network.sockets[server].history.map(\.state), [.synReceived, .established, .closeWait, .lastAck, .closed])
        XCTAssertEqual(kernel.network.sockets[cs].history.map(\.state), [.synSent, .established, .finWait1, .finWait2, .timeWait])
        XCTAssertEqual(kernel.network.sockets[cs].timeWaitUntil, 20_000 + Network.latency + Network.timeWait)
        // A pipe takes the next free numbers after the sockets.
        XCTAssertEqual(kernel.newPipe(for: 1).0, 5)
    }

    func test_blockingRecv_showsWaitForDataThenCopyToUser() {
        let (_, trace) = run("""
        import socket, threading, time
        srv = socket.create_server(('127.0.0.1', 25302))
        def sender():
            c = socket.create_connection(('127.0.0.1', 25302))
            time.sleep(0.01)
            c.sendall(b'x' * 1000)
            c.close()
        t = threading.Thread(target=sender)
        t.start()
        conn, _ = srv.accept()
        print(len(conn.recv(4096)))
        t.join()
        """)
        let json = ChromeTrace.json(trace)
        XCTAssertTrue(json.contains(#""name":"wait for data""#))
        XCTAssertTrue(json.contains(#""name":"copy to user""#))
        let text = TextTimeline.render(trace)
        XCTAssertTrue(text.contains("w wait for data  c copy to user"))
        let mainRow = text.split(separator: "\n").first { $0.hasPrefix("MainThread") } ?? ""
        XCTAssertTrue(mainRow.contains("w"), String(mainRow))
    }

    func test_timelineWithoutSockets_keepsItsLegend() {
        let (_, trace) = run("import time\ntime.sleep(0.001)\n")
        XCTAssertFalse(TextTimeline.render(trace).contains("wait for data"))
    }

    func test_simulatedWeb_threadsOverlapTheWaitsAndErrorsAreThoseOfTheLibraries() {
        let (result, _) = run("""
        import time
        import requests
        from urllib.request import urlopen
        from urllib.error import HTTPError, URLError
        from concurrent.futures import ThreadPoolExecutor
        urls = ['https://www.python.org/page/%d' % i for i in range(8)]
        t0 = time.perf_counter()
        serial = [len(requests.get(u).content) for u in urls]
        t_serial = time.perf_counter() - t0
        t0 = time.perf_counter()
        with ThreadPoolExecutor(8) as ex:
            pooled = list(ex.map(lambda u: len(requests.get(u).text), urls))
        t_pool = time.perf_counter() - t0
        print(serial == pooled, t_serial > 4 * t_pool)
        print(requests.get('https://httpbin.org/json').json()['simulated'])
        try:
            requests.get('https://x.org/status/404').raise_for_status()
        except requests.exceptions.HTTPError as e:
            print(e)
        try:
            urlopen('http://x.org/status/500')
        except HTTPError as e:
            print(e, e.code)
        try:
            urlopen('http://x.org/delay/3', timeout=1)
        except URLError as e:
            print(e)
        with urlopen('http://example.com/') as r:
            print(r.status, len(r.read()) >= 2000)
        """)
        XCTAssertEqual(String(decoding: result.stdout, as: UTF8.self), """
        True True
        True
        404 Client Error: Not Found for url: https://x.org/status/404
        HTTP Error 500: Internal Server Error 500
        <urlopen error timed out>
        200 True

        """)
    }
}
