name = input()
print(f"Hello, {name}!")
age = int(input("Age? "))
print("next year:", age + 1)
nums = list(map(int, input().split()))
print("sum:", sum(nums), "max:", max(nums))
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    lines.append(line.strip())
print(lines)
