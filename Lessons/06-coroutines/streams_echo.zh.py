# 用流写的 asyncio 回显服务器：start_server 为每个连接在一个新任务里
# 调用 handle()；读和写都要 await。
import asyncio
import time

HOST, PORT = "127.0.0.1", 26601
active = 0  # 正在运行的处理函数个数
most = 0  # 同时运行的处理函数最多有几个


def log(text):
    # 从开始到现在的整十分之一秒数，向下取整
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"{tenths / 10}s {text}")


async def handle(reader, writer):
    global active, most
    active += 1
    most = max(most, active)
    while True:
        line = await reader.readline()  # 等待完整的一行
        if not line:
            break  # b"" 表示客户端关闭了它那一端
        await asyncio.sleep(0.1)  # 每一行都要做的慢工作
        writer.write(line.upper())
        await writer.drain()  # 发送缓冲区满了就等待
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
    async with server:  # 代码块结束时关闭服务器
        results = await asyncio.gather(
            client("a", 2), client("b", 1), client("c", 2))
    log("all clients done")
    print(results)
    print("handlers at once:", most)


asyncio.run(main())
