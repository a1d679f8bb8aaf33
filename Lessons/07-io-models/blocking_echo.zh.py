import socket
import threading

# 阻塞 IO：每个连接配一个线程，守在 recv() 里。


def handle(conn, number):
    with conn:
        while True:
            data = conn.recv(1024)       # 阻塞，直到有数据或连接关闭
            if not data:                 # b"" 表示客户端关闭了连接
                break
            conn.sendall(data.upper())
    log.append(f"handler {number}: client hung up")


def serve(server, count):
    handlers = []
    for number in range(count):
        conn, address = server.accept()  # 阻塞，直到有客户端连上
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
