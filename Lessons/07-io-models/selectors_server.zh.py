import selectors
import socket
import threading

# selectors 会挑选最好的机制：在 Linux 上是 epoll。
# 每个登记的套接字都把自己的回调函数放在 `data` 里。

sel = selectors.DefaultSelector()
print("using", type(sel).__name__)
server = socket.create_server(("127.0.0.1", 25704))
server.setblocking(False)
done = []


def accept(sock):
    conn, _ = sock.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)


def read(conn):
    data = conn.recv(1000)
    if data:
        conn.sendall(b"echo: " + data)
    else:
        sel.unregister(conn)
        conn.close()
        done.append(conn)


sel.register(server, selectors.EVENT_READ, accept)
answers = {}


def client(name):
    with socket.create_connection(("127.0.0.1", 25704)) as sock:
        sock.sendall(name.encode())
        answers[name] = sock.recv(1000).decode()


names = ["ann", "ben", "cy", "dee"]
threads = [threading.Thread(target=client, args=(n,)) for n in names]
for t in threads:
    t.start()
while len(done) < len(names):
    for key, events in sel.select(timeout=5):
        callback = key.data
        callback(key.fileobj)
for t in threads:
    t.join()
for name in names:
    print(name, "->", answers[name])
sel.close()
server.close()
