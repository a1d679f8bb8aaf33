import select
import socket
import time

# 200 idle connections and 1 busy one. Each round, the busy one
# gets a byte; the server waits for it with select, then epoll.

server = socket.create_server(("127.0.0.1", 25708), backlog=500)
idle = []
for _ in range(200):
    client = socket.create_connection(("127.0.0.1", 25708))
    conn, _ = server.accept()
    idle.append((client, conn))
busy_client = socket.create_connection(("127.0.0.1", 25708))
busy, _ = server.accept()
watched = [conn for _, conn in idle] + [busy]


def with_select(rounds):
    start = time.perf_counter()
    for _ in range(rounds):
        busy_client.send(b"x")
        ready, _, _ = select.select(watched, [], [])
        ready[0].recv(1)
    return time.perf_counter() - start


def with_epoll(rounds):
    ep = select.epoll()
    for conn in watched:
        ep.register(conn.fileno(), select.EPOLLIN)
    start = time.perf_counter()
    for _ in range(rounds):
        busy_client.send(b"x")
        (fd, _), = ep.poll()
        busy.recv(1)
    elapsed = time.perf_counter() - start
    ep.close()
    return elapsed


t_select = with_select(200)
t_epoll = with_epoll(200)
print("sockets watched:", len(watched))
print("epoll faster than select:", t_epoll < t_select)
print("more than twice as fast:", t_select > 2 * t_epoll)
for client, conn in idle:
    client.close()
    conn.close()
busy_client.close()
busy.close()
server.close()
