# An echo server with a thread per client; the clients talk to it one after the other.
import socket
import threading

def handle(conn, n):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    log.append('handler %d: client closed' % n)

def serve(srv, count):
    handlers = []
    for n in range(count):
        conn, addr = srv.accept()
        log.append('server: connection %d from %s' % (n, addr[0]))
        t = threading.Thread(target=handle, args=(conn, n))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()

log = []
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 25101))
srv.listen(5)
print('listening on', srv.getsockname(), 'fd', srv.fileno())
server = threading.Thread(target=serve, args=(srv, 3))
server.start()
for i in range(3):
    with socket.create_connection(('localhost', 25101)) as c:
        print('client', i, 'peer', c.getpeername())
        for word in ['hello', 'world']:
            c.sendall(('%s %d' % (word, i)).encode())
            print('client', i, 'got', c.recv(1024))
server.join()
srv.close()
for line in sorted(log):
    print(line)
print(repr(srv))
