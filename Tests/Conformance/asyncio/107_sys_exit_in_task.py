import asyncio, sys
async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other cleaned up")
async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0.01)
    print("exiting")
    sys.exit(2)
asyncio.run(main())
