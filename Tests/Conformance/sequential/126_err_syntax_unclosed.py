print("never")
items = [1, 2, 3
print(items)
