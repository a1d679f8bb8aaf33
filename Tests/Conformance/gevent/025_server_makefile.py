# A StreamServer handler reading lines through makefile(): the file's reads wait in the hub
# like the socket's, and the socket stays open until the file is closed too.
import gevent
from gevent import socket
from gevent.server import StreamServer


def handle(sock, address):
    rfile = sock.makefile('rb')
    total = 0
    for line in rfile:
        total += int(line)
        sock.sendall((str(total) + '\n').encode())
    rfile.close()
    print('handler saw end of stream, total', total)


server = StreamServer(('127.0.0.1', 27104), handle)
server.start()


def client(numbers):
    s = socket.create_connection(('127.0.0.1', 27104))
    f = s.makefile('r', encoding='utf-8')
    sums = []
    for n in numbers:
        s.sendall(('%d\n' % n).encode())
        sums.append(f.readline().strip())
    s.shutdown(socket.SHUT_WR)
    s.close()
    # The file still holds the connection: it reads on until the server closes its end.
    print('socket closed, the file reads:', repr(f.readline()))
    f.close()
    return sums


jobs = [gevent.spawn(client, [1, 2, 3]), gevent.spawn(client, [10, 20])]
gevent.joinall(jobs)
print([j.value for j in jobs])
gevent.sleep(0.01)
server.stop()
