# monkey.patch_all(): a plain socket server (the standard library's names) run in greenlets.
# accept and recv wait in the hub, so the acceptor, three handlers and three clients share
# one thread, and the three slow replies overlap.
from gevent import monkey
monkey.patch_all()

import socket
import time
import gevent
import gevent.event

listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', 27103))
listener.listen(5)
served = []


def handle(conn, n):
    with conn:
        data = conn.recv(100)
        time.sleep(0.1)
        conn.sendall(('reply to ' + data.decode()).encode())
    served.append(data.decode())


def acceptor(count):
    for n in range(count):
        conn, addr = listener.accept()
        gevent.spawn(handle, conn, n)


connected = []
go = gevent.event.Event()


def client(name):
    s = socket.create_connection(('127.0.0.1', 27103))
    # Timed once all three are connected: gevent's first name lookup takes real time.
    connected.append(name)
    if len(connected) == 3:
        go.set()
    go.wait()
    s.sendall(name.encode())
    reply = s.recv(100)
    s.close()
    return reply.decode()


acc = gevent.spawn(acceptor, 3)
clients = [gevent.spawn(client, name) for name in ('x', 'y', 'z')]
go.wait()
t0 = time.monotonic()
gevent.joinall(clients + [acc])
print([c.value for c in clients])
print('elapsed', round(time.monotonic() - t0, 1))
gevent.sleep(0.01)
print(sorted(served))
print(isinstance(listener, socket.socket), listener.gettimeout())
listener.close()
