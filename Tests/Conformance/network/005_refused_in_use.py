# What goes wrong between two programs: nobody listening, a port in use, the peer gone.
import socket
import time

try:
    socket.create_connection(('127.0.0.1', 25199))
except ConnectionRefusedError as e:
    print('connect:', type(e).__name__, e.errno, e)
s = socket.socket()
print('connect_ex:', s.connect_ex(('127.0.0.1', 25199)))
s.close()

srv = socket.socket()
srv.bind(('127.0.0.1', 25105))
srv.listen()
other = socket.socket()
try:
    other.bind(('127.0.0.1', 25105))
except OSError as e:
    print('bind:', type(e).__name__, e.errno, e)
try:
    other.bind(('0.0.0.0', 25105))
except OSError as e:
    print('bind any:', e)
other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    other.bind(('127.0.0.1', 25105))
except OSError as e:
    print('bind with SO_REUSEADDR while listening:', e)
other.close()

# The peer closes first: we read end of stream, the first send still succeeds, the
# next one finds the connection reset: broken pipe.
c = socket.create_connection(('127.0.0.1', 25105))
a, _ = srv.accept()
a.close()
time.sleep(0.05)
print('recv after peer close:', c.recv(10))
print('send:', c.send(b'abc'))
time.sleep(0.05)
try:
    c.send(b'abc')
except BrokenPipeError as e:
    print('send:', type(e).__name__, e)
print('recv:', c.recv(10))
c.close()

# The peer closes with data unread: it resets the connection.
c = socket.create_connection(('127.0.0.1', 25105))
a, _ = srv.accept()
c.sendall(b'never read')
time.sleep(0.05)
a.close()
time.sleep(0.05)
try:
    c.recv(10)
except ConnectionResetError as e:
    print('recv:', type(e).__name__, e)
print('recv again:', c.recv(10))
try:
    c.sendall(b'x')
except BrokenPipeError as e:
    print('sendall:', e)
c.close()

# The server closes its listening socket: the port is free once no connection holds it.
srv.close()
again = socket.socket()
again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
again.bind(('127.0.0.1', 25105))
print('rebound with SO_REUSEADDR', again.getsockname())
again.close()

try:
    socket.create_connection(('no-such-host.invalid', 80))
except socket.gaierror as e:
    print('gaierror:', e.errno, e)
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'))
try:
    socket.socket().getpeername()
except OSError as e:
    print('getpeername:', e)
try:
    socket.socket().send(b'x')
except OSError as e:
    print('send unconnected:', type(e).__name__, e)
try:
    socket.socket().accept()
except OSError as e:
    print('accept without listen:', e)
