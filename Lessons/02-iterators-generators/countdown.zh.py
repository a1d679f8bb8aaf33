# 生成器函数：调用它什么也不执行；next() 执行到某个 yield。


def countdown(n):
    print("  [body starts, n =", n, "]")
    while n > 0:
        yield n  # 交出 n 并在此暂停，n 保留不变
        n -= 1
    print("  [body ends]")


gen = countdown(3)
print("created", type(gen).__name__)
print("first:", next(gen))
print("second:", next(gen))
for value in gen:  # 循环从 next() 停下的地方接着走
    print("loop:", value)
print("again:", list(gen))  # 结束了的生成器永远是结束的
