# gevent.server.StreamServer: an echo server whose handler runs in a greenlet of its own for
# each connection, and three clients (gevent.socket) talking to it at once.
import gevent
from gevent import socket
from gevent.server import StreamServer

handlers = []


def echo(sock, address):
    handlers.append(gevent.getcurrent())
    lines = 0
    while True:
        data = sock.recv(1024)
        if not data:
            break
        lines += 1
        sock.sendall(b'echo ' + data)
    print('handler done after', lines, 'messages from', address[0])


server = StreamServer(('127.0.0.1', 27101), echo)
print('started:', server.started, 'closed:', server.closed)
server.start()
print('started:', server.started, server.server_host, server.server_port)
print('listener:', server.socket.getsockname(), server.socket.gettimeout())


def client(name, n):
    s = socket.create_connection(('127.0.0.1', 27101))
    replies = []
    for i in range(n):
        s.sendall(('%s%d' % (name, i)).encode())
        replies.append(s.recv(1024).decode())
        gevent.sleep(0.01)
    s.close()
    return replies


jobs = [gevent.spawn(client, name, n) for name, n in (('a', 3), ('b', 1), ('c', 2))]
gevent.joinall(jobs)
for job in jobs:
    print(job.value)
gevent.sleep(0.05)
print(len(handlers), 'handlers,', len(set(handlers)), 'greenlets, all dead:', all(g.dead for g in handlers))
server.stop()
print('started:', server.started, 'closed:', server.closed)
try:
    socket.create_connection(('127.0.0.1', 27101))
except ConnectionRefusedError as e:
    print('after stop:', e)
