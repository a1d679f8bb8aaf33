import socket
import time

# Connecting: nobody listening, then a listening server.
try:
    socket.create_connection(("127.0.0.1", 25799))
except ConnectionRefusedError as error:
    print("no server:", error)

server = socket.create_server(("127.0.0.1", 25705))
client = socket.create_connection(("127.0.0.1", 25705))
conn, _ = server.accept()          # the handshake is already done
print("connected")

# Closing: each side closes its own direction.
client.sendall(b"last words")
client.shutdown(socket.SHUT_WR)    # FIN: "I will send no more"
print("server reads", conn.recv(100))
print("server reads", conn.recv(100), "= end of stream")
conn.sendall(b"goodbye")           # the other half still works
conn.close()                       # the server's FIN
print("client reads", client.recv(100))
print("client reads", client.recv(100))
client.close()
server.close()

# The client closed first, so the client's port waits in
# TIME_WAIT and the server's port is free again.
again = socket.create_server(("127.0.0.1", 25705))
print("same port again: ok")
again.close()

# Now the server closes first: its port waits in TIME_WAIT.
server = socket.create_server(("127.0.0.1", 25707))
client = socket.create_connection(("127.0.0.1", 25707))
conn, _ = server.accept()
conn.close()                       # the server's FIN comes first
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
