# UDP: datagrams keep their boundaries, carry their sender, and a short buffer cuts them.
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 25108))
print(server.type == socket.SOCK_DGRAM, server.getsockname())
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for word in [b'one', b'two', b'three']:
    print('sent', client.sendto(word, ('127.0.0.1', 25108)))
port = client.getsockname()[1]
for _ in range(3):
    data, addr = server.recvfrom(1024)
    print('got', data, addr[0], addr[1] == port)
    server.sendto(data.upper(), addr)
for _ in range(3):
    print('reply', client.recvfrom(1024)[0])

client.sendto(b'a long datagram', ('127.0.0.1', 25108))
print('cut:', server.recvfrom(6)[0])
server.settimeout(0.1)
try:
    server.recvfrom(100)
except TimeoutError as e:
    print('nothing left:', e)

# Nobody bound there: the datagram is lost, and sendto does not know.
print('sent to nobody', client.sendto(b'lost', ('127.0.0.1', 25198)))

connected = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
connected.connect(('127.0.0.1', 25108))
connected.send(b'via connect')
print('connected:', server.recv(100))
server.setblocking(False)
try:
    server.recv(100)
except BlockingIOError as e:
    print('empty:', e)
for s in (server, client, connected):
    s.close()
