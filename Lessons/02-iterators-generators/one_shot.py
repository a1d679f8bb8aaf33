# Reusable iterables and one-shot iterators. An iterator is its own
# iterator (iter(x) is x), and a second pass over it finds nothing.
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

# Old tutorials import the abstract classes from collections; since
# Python 3.10 they live only in collections.abc.
print("collections.Iterable exists:", hasattr(collections, "Iterable"))
