# 生产者和消费者在同一个线程里轮流执行：不用锁，也不用
# 队列。
# 面包师做好一个包子，用 send() 送出；食客执行到下一个
# yield，交回它已经吃了几个。


def eater(name):
    eaten = 0
    try:
        while True:
            bun = yield eaten  # 在这里等面包师送来包子
            eaten += 1
            print(f"  {name} eats bun {bun}")
    finally:
        print(f"  {name} is full after {eaten} buns")


def baker(customer, batches):
    next(customer)  # 预激：让食客执行到第一个 yield
    for bun in range(1, batches + 1):
        print(f"baker bakes bun {bun}")
        count = customer.send(bun)  # 切到食客，再切回来
        print(f"baker sees {count} eaten")
    customer.close()  # 在暂停的 yield 处抛出 GeneratorExit


baker(eater("ada"), 3)
print("shop closed")
