import select
import socket
import threading

# One thread, many sockets: select() says which ones are ready.

server = socket.create_server(("127.0.0.1", 25703))
server.setblocking(False)
replies = {}


def client(n):
    with socket.create_connection(("127.0.0.1", 25703)) as sock:
        sock.sendall(f"ping {n}".encode())
        replies[n] = sock.recv(100)


clients = [threading.Thread(target=client, args=(n,))
           for n in range(3)]
for t in clients:
    t.start()

watched = [server]
finished = 0
while finished < 3:
    readable, _, _ = select.select(watched, [], [], 5.0)
    for sock in readable:
        if sock is server:                  # a new connection
            conn, _ = server.accept()
            conn.setblocking(False)
            watched.append(conn)
        else:
            data = sock.recv(100)           # ready: never blocks
            if data:
                sock.sendall(data.replace(b"ping", b"pong"))
            else:                           # the client closed
                watched.remove(sock)
                sock.close()
                finished += 1

for t in clients:
    t.join()
for n in sorted(replies):
    print(n, replies[n])
server.close()
