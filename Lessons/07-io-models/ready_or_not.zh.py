import select
import socket

left, right = socket.socketpair()  # 两个互相连接的套接字
right.setblocking(False)

try:
    right.recv(100)
except BlockingIOError as error:
    print("nothing yet:", error)

left.sendall(b"ping")
readable, _, _ = select.select([right], [], [], 1.0)
print("ready:", readable == [right])
print("got:", right.recv(100))

left.close()
right.close()
