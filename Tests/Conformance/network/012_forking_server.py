# ForkingTCPServer: each request is served in a forked child process.
import os, socket, socketserver, threading

class H(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b'pid-differs ' + str(os.getpid() != PARENT).encode() + b' ' + line.upper())

PARENT = os.getpid()
class S(socketserver.ForkingTCPServer):
    allow_reuse_address = True

with S(('127.0.0.1', 25120), H) as srv:
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    for i in range(2):
        with socket.create_connection(('127.0.0.1', 25120)) as c:
            c.sendall(('hi %d\n' % i).encode())
            print(c.recv(100))
    srv.shutdown()
    t.join()
print('done')
