# send()：一个值被*送进*暂停的生成器，成为 yield 表达式
# 的结果。


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average  # 交出平均值，等待送进来的值
        total += value
        count += 1
        average = total / count


avg = running_average()
try:
    avg.send(10)  # 还没启动：没有 yield 来接收它
except TypeError as err:
    print("TypeError:", err)

print("primed:", next(avg))  # 执行到第一个 yield；它交出 None
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
