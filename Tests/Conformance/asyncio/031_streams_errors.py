# What goes wrong with streams: nobody listening (refused), a port in use, and a server that
# runs serve_forever until it is cancelled.
import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()


async def main():
    try:
        await asyncio.open_connection('127.0.0.1', 26199)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, e)
    server = await asyncio.start_server(handle, '127.0.0.1', 26103)
    try:
        await asyncio.start_server(handle, '127.0.0.1', 26103)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serving:', server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', 26103)
    writer.write(b'stressed')
    print(await reader.read(100), await reader.read(100), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving:', server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', 26103)
    except ConnectionRefusedError as e:
        print('after close:', e)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
