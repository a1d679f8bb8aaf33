# conformance: full-stderr
# A coroutine function called as a statement makes a coroutine that never runs: CPython warns.
async def greet(name):
    print("hello", name)


def main():
    greet("world")          # warned here: the coroutine is dropped at once
    for i in range(3):
        greet(i)            # one warning for this line, not three
    print("main done")


main()
