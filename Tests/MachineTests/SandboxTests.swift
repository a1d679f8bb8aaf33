import Foundation
import XCTest
@testable import Machine

/// Lesson and learner code is sandboxed (DESIGN.md): no host files, processes, modules or
/// network, and no input ends the engine by a signal. Each test runs a hostile program and
/// checks both what it printed and that the host was not touched.
final class SandboxTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try Data("host secret\n".utf8).write(to: scratch.appendingPathComponent("secret.txt"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func run(_ source: String, maxSteps: Int = 50_000_000) -> (out: String, err: String, status: Int32) {
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [], options: RunOptions(maxSteps: maxSteps))
        return (String(decoding: r.stdout, as: UTF8.self), String(decoding: r.stderr, as: UTF8.self), r.status)
    }

    private func lastLine(_ text: String) -> String {
        text.split(separator: "\n").last.map(String.init) ?? ""
    }

    // MARK: - Files

    func test_openForWriting_neverCreatesAHostFile() {
        let target = scratch.appendingPathComponent("created.txt").path
        let r = run("f = open(\(pyString(target)), 'w')\nf.write('x')\nf.close()\nprint(open(\(pyString(target))).read())\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target), "a program wrote to the host's disk")
        // The file lives in the run's virtual file system, and only there.
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "x\n")
        XCTAssertEqual(lastLine(run("open(\(pyString(target)))\n").err),
                       "FileNotFoundError: [Errno 2] No such file or directory: \(pyString(target))")
    }

    func test_openOfAHostFile_neverReadsIt() {
        let secret = scratch.appendingPathComponent("secret.txt").path
        let r = run("print(open(\(pyString(secret))).read())\n")
        XCTAssertFalse(r.out.contains("host secret"), "a program read a host file")
        XCTAssertEqual(lastLine(r.err), "FileNotFoundError: [Errno 2] No such file or directory: \(pyString(secret))")
    }

    // MARK: - Modules and introspection

    /// (`subprocess` imports, and each of its calls refuses: `test_osIsVirtual_andRefusesHostCommands`;
    /// `importlib` imports only what `import` does: `test_importlib_reachesOnlyTheEnginesModules`.)
    func test_hostReachingModules_areNotImportable() {
        for module in ["ctypes", "shutil", "pathlib"] {
            for form in ["import \(module)", "__import__(\(pyString(module)))"] {
                let r = run(form + "\n")
                XCTAssertEqual(r.status, 1, form)
                XCTAssertEqual(lastLine(r.err), "ModuleNotFoundError: No module named '\(module)'", form)
            }
        }
    }

    func test_importlib_reachesOnlyTheEnginesModules() {
        let r = run("""
        import importlib
        print([n for n in ('util', 'machinery', 'resources', 'metadata', 'abc') if hasattr(importlib, n)])
        for name in ('ctypes', 'importlib.util', 'shutil'):
            try:
                importlib.import_module(name)
            except ImportError as e:
                print(type(e).__name__, e)
        """)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, """
        []
        ModuleNotFoundError No module named 'ctypes'
        ModuleNotFoundError No module named 'importlib.util'
        ModuleNotFoundError No module named 'shutil'

        """)
    }

    /// `socket` reaches the run's virtual network only: a server listening on the host's
    /// loopback is invisible to the program, and other addresses are unreachable.
    func test_socket_neverReachesTheHostNetwork() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 1) == 0
                && getsockname(fd, $0, &length) == 0 }
        }
        XCTAssertTrue(bound, "a host listener for the test")
        let port = Int(UInt16(bigEndian: address.sin_port))
        let r = run("""
        import socket
        for address in [('127.0.0.1', \(port)), ('192.0.2.1', 80), ('example.com', 80)]:
            try:
                socket.create_connection(address, timeout=1)
                print('connected')
            except OSError as e:
                print(type(e).__name__, e)
        """)
        XCTAssertEqual(r.out, """
        ConnectionRefusedError [Errno 111] Connection refused
        OSError [Errno 101] Network is unreachable
        gaierror [Errno -2] Name or service not known

        """, r.err)
    }

    func test_osIsVirtual_andRefusesHostCommands() {
        let r = run("""
        import os
        print(os.getcwd(), os.environ['HOME'], os.path.join('a', 'b'), os.cpu_count())
        import subprocess
        for call in (lambda: os.system('ls'), lambda: os.popen('ls'), lambda: os.execv('/bin/ls', ['ls']),
                     lambda: subprocess.run(['ls'], capture_output=True), lambda: subprocess.Popen('ls', stdout=subprocess.PIPE),
                     lambda: subprocess.check_output('ls', shell=True)):
            try:
                call()
            except PermissionError as e:
                print(e)
        """)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, """
        /home/learner /home/learner a/b 4
        [Errno 1] the tutor's sandbox does not run host commands (os.system)
        [Errno 1] the tutor's sandbox does not run host commands (os.popen)
        [Errno 1] the tutor's sandbox does not run host commands (os.execv)
        [Errno 1] the tutor's sandbox does not run host commands (subprocess.run)
        [Errno 1] the tutor's sandbox does not run host commands (subprocess.Popen)
        [Errno 1] the tutor's sandbox does not run host commands (subprocess.check_output)

        """)
    }

    /// The preludes keep engine ids in attributes a program can rewrite: a bad one is a
    /// ValueError (or IndexError) at the call, never a trap that kills the tool.
    func test_rewrittenInternalIds_raiseInsteadOfTrapping() {
        let r = run("""
        import queue, threading, multiprocessing
        q = queue.Queue()
        q._mid = 10**6
        e = threading.Event()
        e._id = -3
        v = multiprocessing.Value('i', 0)
        for call in (lambda: q.put(1), lambda: q.get(timeout=0.1), e.set, e.is_set, lambda: v.value):
            try:
                call()
            except (ValueError, IndexError) as x:
                print(type(x).__name__, str(x).split(' (')[0])
        for name in [n for n in vars(v) if isinstance(getattr(v, n), int)]:
            setattr(v, name, 10**6)
        try:
            print(v.value)
        except Exception as x:
            print(type(x).__name__)
        print('end')
        """)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("""
        ValueError no synchronisation primitive 1000000 in this run
        ValueError no synchronisation primitive 1000000 in this run
        ValueError no synchronisation primitive -3 in this run
        """), r.out)
        XCTAssertTrue(r.out.hasSuffix("end\n"), r.out)
    }

    /// `io` is the in-memory StringIO/BytesIO prelude: nothing in it opens a file.
    func test_ioModule_holdsMemoryBuffersOnly() {
        let r = run("import io\nprint([n for n in ('open', 'FileIO', 'open_code') if hasattr(io, n)], io.StringIO('x').read())\n")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "[] x\n")
    }

    func test_sysOffersNoHostPathsOrInterpreter() {
        let r = run("""
        import sys
        for name in ('path', 'executable', 'meta_path', 'path_hooks'):
            print(name, hasattr(sys, name))
        print(sorted(sys.modules))
        """)
        XCTAssertEqual(r.out, "path False\nexecutable False\nmeta_path False\npath_hooks False\n['__main__', 'builtins', 'sys']\n")
    }

    func test_objectSubclassesWalk_findsNoEscapeHatch() {
        let r = run("print(().__class__.__base__.__subclasses__())\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(lastLine(r.err), "AttributeError: type object 'object' has no attribute '__subclasses__'")
    }

    func test_clockIsVirtual() {
        let r = run("import time\nt0 = time.time()\ntime.sleep(3600)\nprint(round(time.time() - t0))\n")
        XCTAssertEqual(r.out, "3600\n")
    }

    // MARK: - Resources

    func test_runawayLoop_isStoppedByTheStepBudget() {
        let r = run("n = 0\nwhile True:\n    n += 1\n", maxSteps: 100_000)
        XCTAssertEqual(r.status, 4)
        XCTAssertEqual(r.err, "step budget exhausted after 100000 steps\n")
    }

    /// CPython 3.11 overflows its C stack here and dies with SIGSEGV; the engine raises
    /// RecursionError before its own (Swift) stack runs out.
    func test_recursionThroughANative_underAHugeLimit_raisesRecursionError() {
        let r = run("""
        import sys
        sys.setrecursionlimit(10**9)
        class A:
            def __repr__(self):
                return repr(self)
        try:
            repr(A())
        except RecursionError as e:
            print('RecursionError:', e)
        """, maxSteps: 2_000_000_000)
        XCTAssertEqual(r.out, "RecursionError: maximum recursion depth exceeded while calling a Python object\n")
        XCTAssertEqual(r.status, 0)
    }

    /// Frames are not heap objects: without a cap a raised recursion limit let plain Python
    /// recursion grow the process by gigabytes (9 GB in two minutes). The memory limit caps
    /// the depth; past it a call raises MemoryError.
    func test_pythonRecursionUnderAHugeLimit_stopsAtTheMemoryLimit_withMemoryError() {
        let source = """
        import sys
        sys.setrecursionlimit(10**9)
        print(sys.getrecursionlimit())
        depth = 0
        def f(n):
            global depth
            depth = n
            return f(n + 1)
        try:
            f(0)
        except MemoryError:
            print('MemoryError', 100_000 < depth < 300_000)
        """
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [],
                               options: RunOptions(maxSteps: 2_000_000_000, memoryLimit: 64 << 20))
        XCTAssertEqual(String(decoding: r.stdout, as: UTF8.self), "1000000000\nMemoryError True\n")
        XCTAssertEqual(r.status, 0)
    }

    private func pyString(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
