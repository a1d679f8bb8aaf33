# 列表推导式一次做完全部工作，并保存每一个元素。
# 生成器表达式按需工作，一次只算一个元素。
import itertools

made = 0


def square(x):
    global made
    made += 1
    return x * x


squares_list = [square(x) for x in range(10)]
print("list built, squares made:", made)

made = 0
squares_gen = (square(x) for x in range(10))
print("generator built, squares made:", made)
print("first big one:", next(s for s in squares_gen if s > 10))
print("squares made so far:", made)  # 只算了 0..4，然后就停了

# 对 100,000 个平方数求和，任何时候都只持有其中一个。
print("sum:", sum(x * x for x in range(100000)))


def fibonacci():  # 无穷无尽也没关系，只要没人全都要
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print("fib:", list(itertools.islice(fibonacci(), 10)))
evens = (f for f in fibonacci() if f % 2 == 0)
print("even fib:", list(itertools.islice(evens, 5)))
