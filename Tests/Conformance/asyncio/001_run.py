import asyncio

async def answer(x):
    await asyncio.sleep(0)
    return x * 2

async def nested():
    c = answer(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested:", e)
    c.close()
    return "inner done"

async def plain():
    return "no await at all"

def not_async():
    return 1

print(asyncio.run(answer(21)))
print(asyncio.run(nested()))
print(asyncio.run(plain()))
for value in (1, None, answer):
    try:
        asyncio.run(value)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])
c = answer(2)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(answer), asyncio.iscoroutine(1))
print(asyncio.iscoroutinefunction(answer), asyncio.iscoroutinefunction(not_async))
print(asyncio.run(c))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
print(asyncio.run(answer(5), debug=False))
