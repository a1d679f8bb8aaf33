# asyncio streams: an echo server and three clients at once over 127.0.0.1. The server's
# handler runs in a task per connection; the clients' lines interleave, so each client's
# replies are printed in order after gather, and the server's log is sorted.
import asyncio

log = []


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    count = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        count += 1
        writer.write(b'echo: ' + line)
        await writer.drain()
    log.append(f'{count} lines from {peer[0]}')
    writer.close()
    await writer.wait_closed()


async def client(name, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', 26101)
    replies = []
    for i in range(n):
        writer.write(f'{name}-{i}\n'.encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return name, replies


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 26101)
    print('listening on', server.sockets[0].getsockname(), server.is_serving())
    async with server:
        results = await asyncio.gather(client('a', 3), client('b', 2), client('c', 4))
        for name, replies in results:
            print(name, replies)
        await asyncio.sleep(0.01)
    print(sorted(log))
    print('serving after async with:', server.is_serving(), server.sockets)


asyncio.run(main())
