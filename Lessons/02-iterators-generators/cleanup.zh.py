# close() 在暂停的 yield 处抛出 GeneratorExit，于是 finally 执行。


def numbers(label):
    print(f"{label}: open")
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"{label}: cleaned up")


gen = numbers("A")
print(next(gen), next(gen))
gen.close()
print("closed A")
print("next after close:", next(gen, "nothing"))

# 提前跳出 for 循环并不会自动关闭生成器……
gen = numbers("B")
for n in gen:
    if n == 2:
        break
print("left the loop at", n)
gen.close()  # ……所以要关闭它，或者等它被垃圾回收


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2  # 错误：正在关闭的生成器不能再 yield


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def leaky():
    yield 1
    raise StopIteration  # 从 3.7 起它会变成 RuntimeError


try:
    print(list(leaky()))
except RuntimeError as err:
    print("RuntimeError:", err)
