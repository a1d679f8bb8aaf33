# poll and epoll: register, modify, unregister, level- and edge-triggered readiness,
# one-shot events and the errors.
import select
import socket

def tcp_pair():
    srv = socket.create_server(('127.0.0.1', 25112))
    b = socket.create_connection(('127.0.0.1', 25112))
    a, _ = srv.accept()
    srv.close()
    return a, b

a, b = tcp_pair()
p = select.poll()
p.register(a, select.POLLIN)
print('poll empty', p.poll(0))
b.send(b'hi')
print('poll data', p.poll(10) == [(a.fileno(), select.POLLIN)])
p.modify(a, select.POLLIN | select.POLLOUT)
print('poll in+out', p.poll(0) == [(a.fileno(), select.POLLIN | select.POLLOUT)])
a.recv(10)
print('poll out', p.poll(0) == [(a.fileno(), select.POLLOUT)])
p.unregister(a)
print('poll none', p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print('KeyError', e.args[0] == a.fileno())
try:
    p.modify(a, select.POLLIN)
except FileNotFoundError as e:
    print('modify:', e)

ep = select.epoll()
print('epoll fd', ep.fileno() > 2, ep.closed)
ep.register(a.fileno(), select.EPOLLIN)
print('epoll empty', ep.poll(0))
b.send(b'level')
print('level 1', ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
print('level 2', ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
ep.modify(a.fileno(), select.EPOLLIN | select.EPOLLET)
print('edge 1', ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
print('edge 2', ep.poll(0))
a.recv(100)
b.send(b'again')
print('edge 3', ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
a.recv(100)
ep.modify(a.fileno(), select.EPOLLIN | select.EPOLLONESHOT)
b.send(b'once')
print('oneshot 1', ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
print('oneshot 2', ep.poll(0))
try:
    ep.register(a.fileno(), select.EPOLLIN)
except FileExistsError as e:
    print('register:', e)
ep.unregister(a.fileno())
try:
    ep.unregister(a.fileno())
except FileNotFoundError as e:
    print('unregister:', e)
b.close()
ep.register(a.fileno(), select.EPOLLIN)
events = ep.poll(0.1)
print('peer closed', events == [(a.fileno(), select.EPOLLIN)], a.recv(10), a.recv(10))
ep.close()
print('closed', ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print('ValueError:', e)
with select.epoll() as ep2:
    print('with', ep2.closed)
print('after with', ep2.closed)
a.close()
