# A selectors server (DefaultSelector: epoll on Linux) with several clients in threads; each
# client sends a few lines and reads the running total back.
import selectors
import socket
import threading

sel = selectors.DefaultSelector()
print(type(sel).__name__, selectors.DefaultSelector is selectors.EpollSelector)
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 25103))
srv.listen()
srv.setblocking(False)
totals = {}
finished = []

def accept(sock, mask):
    conn, addr = sock.accept()
    conn.setblocking(False)
    totals[conn.fileno()] = 0
    sel.register(conn, selectors.EVENT_READ, read)

def read(conn, mask):
    data = conn.recv(1000)
    if data:
        for line in data.decode().split():
            totals[conn.fileno()] += int(line)
        conn.send(str(totals[conn.fileno()]).encode())
    else:
        finished.append(totals.pop(conn.fileno()))
        sel.unregister(conn)
        conn.close()

key = sel.register(srv, selectors.EVENT_READ, accept)
print(key.fd == srv.fileno(), key.events, key.data is accept, len(sel.get_map()))
results = {}

def client(i):
    with socket.create_connection(('127.0.0.1', 25103)) as c:
        got = []
        for k in range(1, 4):
            c.sendall(('%d\n' % (i * k)).encode())
            got.append(int(c.recv(100)))
        results[i] = got

threads = [threading.Thread(target=client, args=(i,)) for i in range(1, 6)]
for t in threads:
    t.start()
while len(finished) < 5:
    for key, mask in sel.select(timeout=2):
        key.data(key.fileobj, mask)
for t in threads:
    t.join()
for i in sorted(results):
    print('client', i, results[i])
print('totals', sorted(finished))
try:
    sel.register(srv, selectors.EVENT_READ)
except KeyError as e:
    print('KeyError', 'already registered' in str(e))
try:
    sel.register(socket.socket(), 0)
except ValueError as e:
    print('ValueError:', e)
sel.unregister(srv)
try:
    sel.get_key(srv)
except KeyError as e:
    print('KeyError', 'is not registered' in str(e))
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    with cls() as s:
        a, b = socket.socketpair()
        s.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'a')
        print(cls.__name__, [(k.data, m) for k, m in s.select(0)])
        b.send(b'x')
        print(cls.__name__, [(k.data, m) for k, m in s.select(0)])
        s.modify(a, selectors.EVENT_READ, 'a2')
        print(cls.__name__, [(k.data, m) for k, m in s.select(0)])
        a.close()
        b.close()
srv.close()
sel.close()
