def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
def grade(score):
    if score >= 90: return "A"
    if score >= 80: return "B"
    return "C"
print([grade(s) for s in (95, 85, 50)])
x = []
if x:
    print("non-empty")
else:
    print("empty")
if not x and len(x) == 0:
    print("really empty")
y = 5
if y > 1:
    if y > 3:
        print("nested >3")
    else:
        print("nested <=3")
if 0: print("never")
elif "": print("never")
else: print("fallthrough")
