# 把 for 循环做的事手动写出来。
words = ["red", "green", "blue"]

it = iter(words)  # 向可迭代对象要一个迭代器
print(next(it), next(it), next(it))
try:
    next(it)  # 已经没有值了
except StopIteration:
    print("StopIteration: the iterator is used up")

# `for w in words: print(w)` 就是这个循环：
it = iter(words)
while True:
    try:
        w = next(it)
    except StopIteration:
        break
    print("loop got", w)


class Countdown:
    """An iterator: it remembers where it is and hands out one value."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):  # 迭代器本身也是可迭代对象
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c))
print(list(c))  # 迭代器只能走一遍：第二个列表是空的

# 列表是可迭代对象，但不是迭代器：每次 iter() 都从头开始。
print(iter(words) is iter(words), iter(c) is c)
