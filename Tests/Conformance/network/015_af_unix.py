# AF_UNIX stream sockets on paths: the socket file, Linux's errors, select over them.
import os
import selectors
import socket
import threading

PATH = '/tmp/ct-net-015.sock'
if os.path.exists(PATH):
    os.unlink(PATH)

server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print('before bind', repr(server.getsockname()), os.path.exists(PATH))
server.bind(PATH)
server.listen()
print('bound', server.getsockname(), os.path.exists(PATH), server.family == socket.AF_UNIX)


def serve(count):
    sel = selectors.DefaultSelector()
    sel.register(server, selectors.EVENT_READ)
    done = 0
    while done < count:
        for key, _ in sel.select():
            if key.fileobj is server:
                conn, addr = server.accept()
                accepted.append((addr, conn.getsockname() == PATH))
                sel.register(conn, selectors.EVENT_READ)
            else:
                data = key.fileobj.recv(100)
                if data:
                    key.fileobj.sendall(b'echo ' + data)
                else:
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
                    done += 1
    sel.close()


accepted = []
t = threading.Thread(target=serve, args=(2,))
t.start()
clients = []
for name in (b'first', b'second'):
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(PATH)
    print('client', repr(c.getsockname()), c.getpeername() == PATH)
    c.sendall(name)
    print(c.recv(100))
    clients.append(c)
for c in clients:
    c.close()
t.join()
print('accepted', accepted)
server.close()
print('file stays after close', os.path.exists(PATH))

again = socket.socket(socket.AF_UNIX)
try:
    again.bind(PATH)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    again.connect(PATH)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.unlink(PATH)
again.bind(PATH)
print('rebound after unlink', again.getsockname())
again.close()
os.unlink(PATH)

for action in ('connect', 'bind'):
    s = socket.socket(socket.AF_UNIX)
    try:
        getattr(s, action)('/tmp/ct-no-such-folder/x.sock' if action == 'bind' else '/tmp/ct-net-015-missing.sock')
    except OSError as e:
        print(action, type(e).__name__, e.errno, e.strerror)
    s.close()
try:
    socket.socket(socket.AF_UNIX).bind(('127.0.0.1', 80))
except TypeError as e:
    print('TypeError:', e)
