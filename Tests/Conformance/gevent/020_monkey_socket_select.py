# After monkey.patch_all(), socket reads and select() wait in the hub: a greenlet blocked on
# recv lets the others run. (socketpair: no network needed.)
from gevent import monkey
monkey.patch_all()

import select
import socket
import time
import gevent

gevent.get_hub()
t0 = time.monotonic()
a, b = socket.socketpair()


def reader():
    data = a.recv(16)
    print("read", data, round(time.monotonic() - t0, 1))


def ticker():
    for i in range(3):
        print("tick", i)
        time.sleep(0.05)


r = gevent.spawn(reader)
t = gevent.spawn(ticker)
gevent.sleep(0.2)
b.sendall(b"hello")
gevent.joinall([r, t])
print(select.select([a], [], [], 0.1), round(time.monotonic() - t0, 1))
b.sendall(b"x")
ready, _, _ = select.select([a], [], [], 1)
print(ready == [a], a.recv(4))
print(isinstance(a, socket.socket), monkey.is_module_patched("socket"))
a.close()
b.close()
