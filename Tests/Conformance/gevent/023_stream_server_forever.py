# A StreamServer subclass with a handle method, run by serve_forever in a greenlet and
# stopped from another; the handlers sleep, so three clients served at once take 0.1 s
# (timed once all three are connected: gevent's first name lookup takes real time).
import time
import gevent
from gevent.event import Event
from gevent import socket
from gevent.server import StreamServer


class Upper(StreamServer):
    def handle(self, sock, address):
        data = sock.recv(100)
        gevent.sleep(0.1)
        sock.sendall(data.upper())


server = Upper(('127.0.0.1', 27102))
print(str(server).startswith('<Upper'), server.server_port)
runner = gevent.spawn(server.serve_forever)
gevent.sleep(0)
print('serving:', server.started)


connected = []
go = Event()


def client(word):
    with socket.create_connection(('127.0.0.1', 27102)) as s:
        connected.append(word)
        if len(connected) == 3:
            go.set()
        go.wait()
        s.sendall(word.encode())
        return s.recv(100)


jobs = [gevent.spawn(client, w) for w in ('one', 'two', 'three')]
go.wait()
t0 = time.monotonic()
gevent.joinall(jobs)
print([j.value for j in jobs], round(time.monotonic() - t0, 1))
server.stop()
runner.join()
print('runner dead:', runner.dead, 'started:', server.started)
