# The classic select() echo server: one thread watches the listening socket and every
# connection; the clients run in threads and wait for their answers.
import select
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 25102))
srv.listen(8)
srv.setblocking(False)

answers = {}

def client(i):
    c = socket.create_connection(('127.0.0.1', 25102))
    c.sendall(b'ping from client ' + str(i).encode())
    answers[i] = c.recv(100)
    c.close()

clients = [threading.Thread(target=client, args=(i,)) for i in range(4)]
for t in clients:
    t.start()

inputs = [srv]
served = 0
rounds = 0
while served < 4:
    readable, _, _ = select.select(inputs, [], [], 2.0)
    rounds += 1
    for s in readable:
        if s is srv:
            conn, addr = srv.accept()
            conn.setblocking(False)
            inputs.append(conn)
        else:
            data = s.recv(100)
            if data:
                s.sendall(data.replace(b'ping', b'pong'))
            else:
                inputs.remove(s)
                s.close()
                served += 1
for t in clients:
    t.join()
for i in sorted(answers):
    print(i, answers[i])
print('connections served:', served, 'still watched:', len(inputs))
print(select.select([], [], [], 0.01))
try:
    select.select([2000], [], [], 0)
except ValueError as e:
    print('ValueError:', e)
try:
    select.select([-1], [], [])
except ValueError as e:
    print('ValueError:', e)
srv.close()
try:
    select.select([srv], [], [], 0)
except ValueError as e:
    print('ValueError:', e)
