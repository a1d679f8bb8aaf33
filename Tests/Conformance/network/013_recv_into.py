# recv_into and recvfrom_into fill a bytearray (or a memoryview of one) in place; sendall takes
# a bytearray or a memoryview.
import socket
import threading

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 25113))
server.listen()


def serve():
    conn, _ = server.accept()
    with conn:
        buf = bytearray(8)
        view_len = conn.recv_into(buf, 5)
        print('server got', view_len, buf)
        # The classic loop: a fixed-size message read into successive slices of one buffer.
        message = bytearray(12)
        view = memoryview(message)
        got = 0
        while got < len(message):
            got += conn.recv_into(view[got:])
        print('server message', message)
        total = bytearray()
        while True:
            chunk = bytearray(4)
            n = conn.recv_into(chunk)
            if n == 0:
                break
            total += chunk[:n]
        print('server total', total, len(total))
        conn.sendall(memoryview(bytearray(b'reply:') + total.upper()))


t = threading.Thread(target=serve)
t.start()
client = socket.create_connection(('127.0.0.1', 25113))
client.sendall(bytearray(b'hello'))
t_wait = threading.Event()
t_wait.wait(0.05)
client.sendall(memoryview(b'twelve'))
t_wait.wait(0.05)
client.sendall(memoryview(b'xx bytes')[2:])
client.sendall(b'more data here')
client.shutdown(socket.SHUT_WR)
answer = bytearray(64)
got = 0
while True:
    chunk = bytearray(16)
    n = client.recv_into(chunk)
    if n == 0:
        break
    answer[got:got + n] = chunk[:n]
    got += n
print('client got', got, bytes(answer[:got]))
t.join()
for bad in (b'immutable', 'text'):
    try:
        client.recv_into(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    client.recv_into(bytearray(2), 5)
except ValueError as e:
    print('ValueError:', e)
try:
    client.recv_into(bytearray(2), -1)
except ValueError as e:
    print('ValueError:', e)
client.close()
server.close()

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 25114))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.sendto(bytearray(b'datagram!'), ('127.0.0.1', 25114))
buf = bytearray(4)
n, addr = a.recvfrom_into(buf)
print('recvfrom_into', n, buf, addr[0], addr[1] == b.getsockname()[1])
a.close()
b.close()
