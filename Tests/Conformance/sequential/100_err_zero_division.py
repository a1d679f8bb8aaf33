def ratio(a, b):
    return a / b
print(ratio(6, 3))
print("about to divide by zero")
print(ratio(1, 0))
print("never printed")
