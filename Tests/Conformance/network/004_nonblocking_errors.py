# Non-blocking sockets and timeouts: what a call that cannot finish now does instead of
# waiting, and the errors CPython reports.
import errno
import socket
import time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 25104))
srv.listen()
print('default timeout', srv.gettimeout(), srv.getblocking(), socket.getdefaulttimeout())

srv.setblocking(False)
print('non-blocking', srv.gettimeout(), srv.getblocking())
try:
    srv.accept()
except BlockingIOError as e:
    print('accept:', type(e).__name__, e.errno, e.errno == errno.EAGAIN, e)

c = socket.socket()
c.setblocking(False)
print('connect_ex:', c.connect_ex(('127.0.0.1', 25104)) == errno.EINPROGRESS)
time.sleep(0.05)
conn, addr = srv.accept()
print('accepted', conn.gettimeout(), conn.getblocking())
try:
    c.recv(10)
except BlockingIOError as e:
    print('recv:', e)
conn.sendall(b'ready')
time.sleep(0.05)
print('recv:', c.recv(10))

c.settimeout(0.2)
print('timeout', c.gettimeout(), c.getblocking())
t0 = time.monotonic()
try:
    c.recv(10)
except socket.timeout as e:
    print('recv:', type(e).__name__, e, isinstance(e, OSError), socket.timeout is TimeoutError)
print('waited about', round(time.monotonic() - t0, 1), 's')

srv.settimeout(0.1)
try:
    srv.accept()
except TimeoutError as e:
    print('accept:', e)

for bad in (-1, 'x'):
    try:
        c.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

c2 = socket.socket()
c2.setblocking(False)
try:
    c2.connect(('127.0.0.1', 25104))
except BlockingIOError as e:
    print('connect:', e)
c2.close()
conn.close()
c.close()
srv.close()
try:
    c.recv(1)
except OSError as e:
    print('closed:', e)
print(c.fileno())
