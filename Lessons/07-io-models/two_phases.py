import socket
import threading
import time

# A server thread calls recv() before the client has sent anything.
# Phase 1: the thread waits (the kernel has no data for it).
# Phase 2: the data arrives; the kernel copies it to the program.

server = socket.create_server(("127.0.0.1", 25701))


def client():
    with socket.create_connection(("127.0.0.1", 25701)) as sock:
        time.sleep(0.3)              # think before speaking
        sock.sendall(b"x" * 10_000)


thread = threading.Thread(target=client)
thread.start()
conn, _ = server.accept()

start = time.perf_counter()
data = conn.recv(100_000)            # blocks: phase 1, then phase 2
waited = time.perf_counter() - start
print(f"recv returned {len(data)} bytes after {waited:.1f}s")

thread.join()
conn.close()
server.close()
