# TCP is a byte stream: messages sent one by one arrive stuck together ("sticky packets").
# A length header packed with struct puts the boundaries back.
import socket
import struct
import threading
import time

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 25106))
srv.listen()
messages = ['hello', 'sticky', 'packets', 'ünïcode ✓']

def sender(framed):
    with socket.create_connection(('127.0.0.1', 25106)) as c:
        for m in messages:
            data = m.encode()
            if framed:
                c.sendall(struct.pack('!I', len(data)) + data)
            else:
                c.sendall(data)

def recv_exactly(conn, n):
    buf = b''
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf

for framed in (False, True):
    t = threading.Thread(target=sender, args=(framed,))
    t.start()
    conn, _ = srv.accept()
    # Let every send arrive before the first read.
    time.sleep(0.1)
    if not framed:
        print('one recv:', conn.recv(1024))
    else:
        while True:
            header = recv_exactly(conn, 4)
            if header is None:
                break
            (length,) = struct.unpack('!I', header)
            print('message of', length, 'bytes:', recv_exactly(conn, length).decode())
    t.join()
    conn.close()

# Small reads take a big message apart.
def big():
    with socket.create_connection(('127.0.0.1', 25106)) as c:
        c.sendall(b'x' * 10000)

t = threading.Thread(target=big)
t.start()
conn, _ = srv.accept()
t.join()
time.sleep(0.05)
sizes = []
while True:
    part = conn.recv(4096)
    if not part:
        break
    sizes.append(len(part))
print('parts', sizes)
conn.close()
srv.close()
