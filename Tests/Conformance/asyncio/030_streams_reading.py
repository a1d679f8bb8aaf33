# StreamReader's ways to read: readline, readexactly, readuntil, read(n), read() to EOF,
# at_eof, async for over lines, and IncompleteReadError when EOF comes first.
import asyncio


async def handle(reader, writer):
    writer.writelines([b'first line\n', b'second', b' line\n'])
    writer.write(b'HEAD1234')
    writer.write(b'key=value;rest')
    await writer.drain()
    await asyncio.sleep(0.01)
    writer.write(b'a\nb\nc\n')
    writer.write(b'tail')
    print('server is_closing before close:', writer.is_closing())
    writer.close()
    print('server is_closing after close:', writer.is_closing())
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 26102)
    reader, writer = await asyncio.open_connection('127.0.0.1', 26102)
    print('peer port:', writer.get_extra_info('peername')[1])
    print('sockname host:', writer.get_extra_info('sockname')[0])
    print('unknown info:', writer.get_extra_info('nothing', 'default'))
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readexactly(4), await reader.readexactly(4))
    print(await reader.readuntil(b'='))
    print(await reader.readuntil(b';'))
    print(await reader.read(2), reader.at_eof())
    lines = []
    async for line in reader:
        lines.append(line)
        if len(lines) == 3:
            break
    print(lines)
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected, e)
    print(await reader.read(), reader.at_eof())
    print(await reader.readline(), await reader.read(5))
    try:
        await reader.readuntil(b'x')
    except asyncio.IncompleteReadError as e:
        print('readuntil:', e.partial, e.expected, e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print('ValueError:', e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
