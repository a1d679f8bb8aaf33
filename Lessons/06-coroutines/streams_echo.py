# An asyncio echo server with streams: start_server calls handle()
# in a new task for each connection; reads and writes are awaited.
import asyncio
import time

HOST, PORT = "127.0.0.1", 26601
active = 0  # handlers running now
most = 0  # the most that ever ran at once


def log(text):
    # whole tenths of a second since start, rounded down
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"{tenths / 10}s {text}")


async def handle(reader, writer):
    global active, most
    active += 1
    most = max(most, active)
    while True:
        line = await reader.readline()  # waits for a whole line
        if not line:
            break  # b"" means the client closed its end
        await asyncio.sleep(0.1)  # slow work for each line
        writer.write(line.upper())
        await writer.drain()  # waits if the send buffer is full
    writer.close()
    active -= 1


async def client(name, count):
    reader, writer = await asyncio.open_connection(HOST, PORT)
    replies = []
    for i in range(count):
        writer.write(f"{name}{i}\n".encode())
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    global start
    server = await asyncio.start_server(handle, HOST, PORT)
    start = time.perf_counter_ns()
    async with server:  # closes the server at the end of the block
        results = await asyncio.gather(
            client("a", 2), client("b", 1), client("c", 2))
    log("all clients done")
    print(results)
    print("handlers at once:", most)


asyncio.run(main())
