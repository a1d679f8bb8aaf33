import socket
import struct
import threading
import time

# TCP 传输的是字节，不是消息。三次发送可能被一次
# recv 收到（“粘包”）。加一个长度头就能解决。

server = socket.create_server(("127.0.0.1", 25716))
words = ["alpha", "beta", "gamma"]


def send_all(framed):
    with socket.create_connection(("127.0.0.1", 25716)) as sock:
        for word in words:
            body = word.encode()
            if framed:                   # 4 字节大端序长度
                sock.sendall(struct.pack("!I", len(body)) + body)
            else:
                sock.sendall(body)


def recv_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None                  # 发送方关闭了连接
        data += chunk
    return data


for framed in [False, True]:
    sender = threading.Thread(target=send_all, args=(framed,))
    sender.start()
    conn, _ = server.accept()
    time.sleep(0.1)                      # 让所有数据都到达
    if not framed:
        print("one recv:", conn.recv(1024))
    else:
        while (header := recv_exactly(conn, 4)) is not None:
            (length,) = struct.unpack("!I", header)
            print("message:", recv_exactly(conn, length).decode())
    sender.join()
    conn.close()
server.close()
