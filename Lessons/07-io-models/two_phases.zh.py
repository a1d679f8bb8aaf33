import socket
import threading
import time

# 客户端还没发送任何数据，服务器线程就调用了 recv()。
# 第一阶段：线程等待（内核里还没有给它的数据）。
# 第二阶段：数据到达，内核把它复制给程序。

server = socket.create_server(("127.0.0.1", 25701))


def client():
    with socket.create_connection(("127.0.0.1", 25701)) as sock:
        time.sleep(0.3)              # 先想一想再说
        sock.sendall(b"x" * 10_000)


thread = threading.Thread(target=client)
thread.start()
conn, _ = server.accept()

start = time.perf_counter()
data = conn.recv(100_000)            # 阻塞：先第一阶段，再第二阶段
waited = time.perf_counter() - start
print(f"recv returned {len(data)} bytes after {waited:.1f}s")

thread.join()
conn.close()
server.close()
