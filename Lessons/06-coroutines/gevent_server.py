# A gevent echo server: StreamServer runs handle() in a new greenlet
# for each connection, so one slow client never holds up the others.
import time

import gevent
from gevent import socket
from gevent.server import StreamServer

ADDRESS = ("127.0.0.1", 27601)


def log(text):
    # whole tenths of a second since start, rounded down
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"{tenths / 10}s {text}")


def handle(conn, address):
    # one greenlet per client; recv and sleep switch to the hub
    while True:
        data = conn.recv(1024)
        if not data:
            break  # the client closed its end
        gevent.sleep(0.1)  # slow work for each message
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
server.start()  # listens; the hub accepts connections from now on
socket.getaddrinfo(*ADDRESS)  # warm up gevent's resolver before timing
start = time.perf_counter_ns()
clients = [gevent.spawn(client, "a", 2), gevent.spawn(client, "b", 1),
           gevent.spawn(client, "c", 2)]
gevent.joinall(clients)
log("all clients done")
print([job.value for job in clients])
server.stop()
