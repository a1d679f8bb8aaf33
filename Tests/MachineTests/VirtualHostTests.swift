import XCTest
@testable import Machine

/// Named virtual hosts (`Network.hosts`). python3 cannot be the oracle here: `server.local` and
/// the virtual LAN exist only inside the engine, so the expected text is written out, following
/// what Linux gives for the same setup (a host with those names in /etc/hosts and those
/// addresses on one of its interfaces).
final class VirtualHostTests: XCTestCase {
    private func output(_ source: String) -> String {
        let result = ProgramRun.run(path: "t.py", source: source, arguments: [], options: RunOptions(maxSteps: 5_000_000))
        return String(decoding: result.stdout + result.stderr, as: UTF8.self)
    }

    func test_names_resolveToVirtualAddresses_unknownNamesRaiseGaierror() {
        XCTAssertEqual(output("""
        import socket
        for name in ('localhost', socket.gethostname(), 'server.local', 'DB.local', 'worker2.local', '10.1.2.3'):
            print(name, socket.gethostbyname(name))
        print(socket.getaddrinfo('server.local', 80, type=socket.SOCK_STREAM))
        for name in ('nosuch.example', 'server.lan'):
            for f in (socket.gethostbyname, lambda n: socket.getaddrinfo(n, 80)):
                try:
                    f(name)
                except socket.gaierror as e:
                    print(type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
        """), """
        localhost 127.0.0.1
        tutor-vm 127.0.0.1
        server.local 10.0.0.2
        DB.local 10.0.0.3
        worker2.local 10.0.0.12
        10.1.2.3 10.1.2.3
        [(2, 1, 6, '', ('10.0.0.2', 80))]
        gaierror -2 Name or service not known True
        gaierror -2 Name or service not known True
        gaierror -2 Name or service not known True
        gaierror -2 Name or service not known True

        """)
    }

    func test_serverOnWildcard_isReachedByName_overTheLANsLatency() {
        // The client runs on after its handshake, before the server's accept wakes (as Linux).
        XCTAssertEqual(output("""
        import socket, threading, time
        srv = socket.create_server(('0.0.0.0', 25400))
        def serve():
            conn, addr = srv.accept()
            print('server sees', addr[0], conn.getsockname())
            conn.sendall(conn.recv(100).upper())
            conn.close()
        t = threading.Thread(target=serve)
        t.start()
        c = socket.socket()
        t0 = time.monotonic()
        c.connect(('server.local', 25400))
        rtt = time.monotonic() - t0
        print('client', c.getsockname()[0], c.getpeername(), 0.0002 <= rtt < 0.0003)
        c.sendall(b'over the lan')
        print(c.recv(100))
        t.join()
        c.close()
        t0 = time.monotonic()
        c = socket.create_connection(('localhost', 25400))
        print('loopback handshake is quicker', time.monotonic() - t0 < 0.0001)
        c.close()
        srv.close()
        """), """
        client 10.0.0.2 ('10.0.0.2', 25400) True
        server sees 10.0.0.2 ('10.0.0.2', 25400)
        b'OVER THE LAN'
        loopback handshake is quicker True

        """)
    }

    func test_serverOnOneHost_isNotReachedThroughAnother() {
        XCTAssertEqual(output("""
        import socket
        db = socket.create_server(('db.local', 25401))
        print(db.getsockname())
        try:
            socket.create_connection(('server.local', 25401))
        except ConnectionRefusedError as e:
            print(type(e).__name__, e.errno)
        c = socket.create_connection(('db.local', 25401))
        print(c.getpeername())
        # Another host's address is free for the same port.
        other = socket.create_server(('cache.local', 25401))
        print(other.getsockname())
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.bind(('worker1.local', 25402))
        v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        v.sendto(b'hi', ('worker1.local', 25402))
        data, addr = u.recvfrom(10)
        print(data, addr[0])
        """), """
        ('10.0.0.3', 25401)
        ConnectionRefusedError 111
        ('10.0.0.3', 25401)
        ('10.0.0.4', 25401)
        b'hi' 10.0.0.11

        """)
    }

    func test_addressesOutsideTheVirtualWorld_failAsLinuxDoes() {
        XCTAssertEqual(output("""
        import socket, time
        s = socket.socket()
        try:
            s.bind(('10.0.0.99', 0))
        except OSError as e:
            print('bind', e.errno, e.strerror)
        for host, timeout in (('10.0.0.99', None), ('10.0.0.99', 0.5), ('8.8.8.8', None)):
            s = socket.socket()
            s.settimeout(timeout)
            t0 = time.monotonic()
            try:
                s.connect((host, 80))
            except OSError as e:
                print(host, timeout, type(e).__name__, e.errno, e, round(time.monotonic() - t0, 1))
            s.close()
        print(socket.socket().connect_ex(('10.0.0.99', 80)))
        """), """
        bind 99 Cannot assign requested address
        10.0.0.99 None OSError 113 [Errno 113] No route to host 3.0
        10.0.0.99 0.5 TimeoutError None timed out 0.5
        8.8.8.8 None OSError 101 [Errno 101] Network is unreachable 0.0
        113

        """)
    }
}
