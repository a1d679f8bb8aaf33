def first_items(its):
    for it in its:
        yield next(it)
print(list(first_items([iter([1]), iter([2])])))
print(list(first_items([iter([1]), iter([])])))
