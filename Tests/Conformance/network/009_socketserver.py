# socketserver: a threading TCP server with a StreamRequestHandler, a UDP server, and
# BaseRequestHandler with handle_request.
import socket
import socketserver
import threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

with Server(('127.0.0.1', 25109), Upper) as server:
    print(server.server_address, server.socket.type == socket.SOCK_STREAM)
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    for i in range(3):
        with socket.create_connection(server.server_address) as c:
            f = c.makefile('rw')
            f.write('hello %d\nbye\n' % i)
            f.flush()
            c.shutdown(socket.SHUT_WR)
            print(f.readline().strip(), f.readline().strip(), repr(f.readline()))
            f.close()
    server.shutdown()
    t.join()

class Reverse(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)

with socketserver.UDPServer(('127.0.0.1', 25110), Reverse) as udp:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b'datagram', ('127.0.0.1', 25110))
    udp.handle_request()
    print(c.recvfrom(100)[0])
    c.close()

class Count(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(str(len(data)).encode())

srv = socketserver.TCPServer(('127.0.0.1', 25111), Count)
def one_client():
    with socket.create_connection(('127.0.0.1', 25111)) as c:
        c.sendall(b'12345')
        print('length', c.recv(10))
t = threading.Thread(target=one_client)
t.start()
srv.handle_request()
t.join()
srv.server_close()
try:
    socketserver.TCPServer(('127.0.0.1', 25109), Count)
except OSError as e:
    print('TIME_WAIT holds the port:', e)
print('done')
