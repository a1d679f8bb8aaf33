# 可复用的可迭代对象与一次性的迭代器。迭代器就是它自己的
# 迭代器（iter(x) is x），第二次遍历什么也找不到。
import collections

things = {
    "list": [10, 20, 30],
    "range(3)": range(3),
    "dict.items()": {"a": 1, "b": 2}.items(),
    "iter(list)": iter([10, 20, 30]),
    "generator": (n * n for n in range(3)),
    "map": map(str, [1, 2, 3]),
    "zip": zip("abc", [1, 2, 3]),
    "enumerate": enumerate("abc"),
}
print(f"{'':13} {'iterator?':10} 1st pass  2nd pass")
for name, thing in things.items():
    first = len(list(thing))
    second = len(list(thing))
    is_iterator = iter(thing) is thing
    print(f"{name:13} {is_iterator!s:10} {first:8}  {second:8}")

# 旧教程从 collections 导入这些抽象类；从 Python 3.10
# 起，它们只存在于 collections.abc 中。
print("collections.Iterable exists:", hasattr(collections, "Iterable"))
