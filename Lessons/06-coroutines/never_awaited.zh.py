# 调用 async 函数不会执行函数体：它只创建一个协程对象，
# 只有 await（或任务）才会运行它。
import asyncio


async def greet(name):
    print("hello", name)
    return len(name)


async def main():
    # 忘了 await：什么都不运行，Python 会警告
    greet("ann")
    coro = greet("bob")
    print("made a", type(coro).__name__)
    print("await gives", await coro)
    try:
        await coro
    except RuntimeError as err:
        print("again:", err)


asyncio.run(main())
