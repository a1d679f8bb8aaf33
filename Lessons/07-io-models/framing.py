import socket
import struct
import threading
import time

# TCP carries bytes, not messages. Three sends can arrive
# as one recv ("sticky packets"). A length header fixes it.

server = socket.create_server(("127.0.0.1", 25716))
words = ["alpha", "beta", "gamma"]


def send_all(framed):
    with socket.create_connection(("127.0.0.1", 25716)) as sock:
        for word in words:
            body = word.encode()
            if framed:                   # 4-byte big-endian length
                sock.sendall(struct.pack("!I", len(body)) + body)
            else:
                sock.sendall(body)


def recv_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            return None                  # the sender closed
        data += chunk
    return data


for framed in [False, True]:
    sender = threading.Thread(target=send_all, args=(framed,))
    sender.start()
    conn, _ = server.accept()
    time.sleep(0.1)                      # let everything arrive
    if not framed:
        print("one recv:", conn.recv(1024))
    else:
        while (header := recv_exactly(conn, 4)) is not None:
            (length,) = struct.unpack("!I", header)
            print("message:", recv_exactly(conn, length).decode())
    sender.join()
    conn.close()
server.close()
