# yield from：生成器把工作交给另一个生成器，并拿回
# 内层生成器的返回值。


def read_block(name, lines):
    count = 0
    for line in lines:
        yield f"{name}: {line}"
        count += 1
    return count  # 通过 StopIteration.value 带出去


def read_all():
    total = 0
    total += yield from read_block("head", ["a", "b"])
    total += yield from read_block("body", ["c", "d", "e"])
    yield f"-- {total} lines"


for out in read_all():
    print(out)

# 手动做同样的事：返回值搭在 StopIteration 上。
block = read_block("tail", ["z"])
print(next(block))
try:
    next(block)
except StopIteration as stop:
    print("returned", stop.value)


# send() 穿过 yield from，直接送到内层生成器。
def echo():
    received = None
    while True:
        received = yield f"echo {received}"


def wrapper():
    yield from echo()


w = wrapper()
print(next(w))
print(w.send("hi"))
