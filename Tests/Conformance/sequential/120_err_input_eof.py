first = input()
print("read:", first)
second = input()
