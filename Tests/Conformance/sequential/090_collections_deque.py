from collections import deque
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1])
d.append(4); d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), 8 in d, d.index(7), list(reversed(d)))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded))
print(bounded, bounded.maxlen)
bounded.appendleft("L"); print(bounded)
q = deque()
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)
q.extend("abc"); q.remove("b"); q.insert(1, "X"); print(q, q == deque("aXc"))
q.clear(); print(q, bool(q), deque("xy") + deque("z"))
