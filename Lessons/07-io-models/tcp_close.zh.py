import socket
import time

# 建立连接：先是没有人监听，然后是一个正在监听的服务器。
try:
    socket.create_connection(("127.0.0.1", 25799))
except ConnectionRefusedError as error:
    print("no server:", error)

server = socket.create_server(("127.0.0.1", 25705))
client = socket.create_connection(("127.0.0.1", 25705))
conn, _ = server.accept()          # 握手已经完成
print("connected")

# 关闭：双方各自关闭自己的方向。
client.sendall(b"last words")
client.shutdown(socket.SHUT_WR)    # FIN：“我不会再发送了”
print("server reads", conn.recv(100))
print("server reads", conn.recv(100), "= end of stream")
conn.sendall(b"goodbye")           # 另一个方向仍然可用
conn.close()                       # 服务器的 FIN
print("client reads", client.recv(100))
print("client reads", client.recv(100))
client.close()
server.close()

# 客户端先关闭，所以在 TIME_WAIT 里等待的是客户端的
# 端口，服务器的端口又可以用了。
again = socket.create_server(("127.0.0.1", 25705))
print("same port again: ok")
again.close()

# 这次服务器先关闭：它的端口要在 TIME_WAIT 里等待。
server = socket.create_server(("127.0.0.1", 25707))
client = socket.create_connection(("127.0.0.1", 25707))
conn, _ = server.accept()
conn.close()                       # 服务器的 FIN 先发出
print("client reads", client.recv(100))
client.close()
server.close()
plain = socket.socket()
try:
    plain.bind(("127.0.0.1", 25707))
except OSError as error:
    print("rebind:", error)
plain.close()
again = socket.socket()
again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
again.bind(("127.0.0.1", 25707))
print("rebind with SO_REUSEADDR: ok")
again.close()
