# The loop's low-level socket calls on non-blocking sockets (sock_accept, sock_connect,
# sock_recv, sock_sendall), add_reader/remove_reader, and a wait in virtual time: the loop has
# nothing to do while the server sleeps, and the client's read waits 0.2 s.
import asyncio
import socket


async def server(lsock):
    loop = asyncio.get_running_loop()
    conn, addr = await loop.sock_accept(lsock)
    print('accepted from', addr[0], conn.getblocking())
    data = await loop.sock_recv(conn, 100)
    await asyncio.sleep(0.2)
    await loop.sock_sendall(conn, data.upper() * 3)
    conn.close()


async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(('127.0.0.1', 26104))
    lsock.listen()
    lsock.setblocking(False)
    task = asyncio.create_task(server(lsock))
    csock = socket.socket()
    csock.setblocking(False)
    await loop.sock_connect(csock, ('127.0.0.1', 26104))
    await loop.sock_sendall(csock, b'ping')
    t0 = loop.time()
    got = loop.create_future()

    def readable():
        got.set_result(csock.recv(100))
        print('remove_reader:', loop.remove_reader(csock.fileno()))

    loop.add_reader(csock.fileno(), readable)
    print(await got, round(loop.time() - t0, 1))
    print('remove again:', loop.remove_reader(csock.fileno()))
    print(await loop.sock_recv(csock, 100))
    await task
    csock.close()
    lsock.close()


asyncio.run(main())
