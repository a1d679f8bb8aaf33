# socket.socketpair(): two connected AF_UNIX stream sockets, usable with threads and select.
import select
import socket
import threading

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, repr(a.getsockname()), repr(b.getpeername()))
print('<socket.socket fd=' in repr(a), 'laddr' in repr(a), 'raddr' in repr(a))
a.sendall(b'ping')
print(b.recv(10))
b.sendall(bytearray(b'pong'))
print(a.recv(10))

r, w, _ = select.select([a, b], [a], [], 0)
print('readable', len(r), 'writable', len(w))
b.send(b'x')
r, _, _ = select.select([a, b], [], [], 1.0)
print('readable now', r == [a], a.recv(1))


def worker(sock):
    while True:
        data = sock.recv(100)
        if not data:
            break
        sock.sendall(data[::-1])
    sock.close()


t = threading.Thread(target=worker, args=(b,))
t.start()
for word in (b'abc', b'hello', b'socketpair'):
    a.sendall(word)
    print('reversed', a.recv(100))
a.shutdown(socket.SHUT_WR)
t.join()
print('after close', a.recv(10))
a.close()

for args in ((socket.AF_INET,), (socket.AF_UNIX, socket.SOCK_DGRAM + 100)):
    try:
        socket.socketpair(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
