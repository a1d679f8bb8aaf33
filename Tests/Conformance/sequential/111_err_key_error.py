def lookup(table, key):
    value = table[key]
    return value

inventory = {"apples": 3}
print(lookup(inventory, "apples"))
lookup(inventory, "pears")
