import socket
import threading

# Blocking I/O: each connection gets a thread that sits in recv().


def handle(conn, number):
    with conn:
        while True:
            data = conn.recv(1024)       # blocks until data or close
            if not data:                 # b"" = the client closed
                break
            conn.sendall(data.upper())
    log.append(f"handler {number}: client hung up")


def serve(server, count):
    handlers = []
    for number in range(count):
        conn, address = server.accept()  # blocks until a client
        t = threading.Thread(target=handle, args=(conn, number))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()


log = []
server = socket.create_server(("127.0.0.1", 25702))
acceptor = threading.Thread(target=serve, args=(server, 2))
acceptor.start()

for name in ["ada", "bob"]:
    with socket.create_connection(("127.0.0.1", 25702)) as sock:
        sock.sendall(f"hello from {name}".encode())
        print("client got", sock.recv(1024))

acceptor.join()
server.close()
print("\n".join(sorted(log)))
