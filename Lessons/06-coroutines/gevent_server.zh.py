# 一个 gevent 回显服务器：StreamServer 为每个连接在一个新的 greenlet
# 里运行 handle()，所以一个慢客户端不会拖住其他客户端。
import time

import gevent
from gevent import socket
from gevent.server import StreamServer

ADDRESS = ("127.0.0.1", 27601)


def log(text):
    # 从开始到现在的整十分之一秒数，向下取整
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"{tenths / 10}s {text}")


def handle(conn, address):
    # 每个客户端一个 greenlet；recv 和 sleep 都会切换到 hub
    while True:
        data = conn.recv(1024)
        if not data:
            break  # 客户端关闭了它那一端
        gevent.sleep(0.1)  # 每条消息都要做的慢工作
        conn.sendall(data.upper())


def client(name, count):
    conn = socket.create_connection(ADDRESS)
    replies = []
    for i in range(count):
        conn.sendall(f"{name}{i}".encode())
        replies.append(conn.recv(1024).decode())
    conn.close()
    return replies


server = StreamServer(ADDRESS, handle)
server.start()  # 开始监听；从现在起由 hub 接受连接
socket.getaddrinfo(*ADDRESS)  # 计时前先预热 gevent 的域名解析器
start = time.perf_counter_ns()
clients = [gevent.spawn(client, "a", 2), gevent.spawn(client, "b", 1),
           gevent.spawn(client, "c", 2)]
gevent.joinall(clients)
log("all clients done")
print([job.value for job in clients])
server.stop()
