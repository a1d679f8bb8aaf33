# nondeterministic: a challenge; you schedule the two threads.
# "Confused counter": both threads count a and then b, so after both
# are done a == b. The check in the middle trusts that a and b move
# together. Make the assertion fail.
import threading

a = 0
b = 0


def count():
    global a, b
    seen = a
    a = seen + 1
    seen = b
    b = seen + 1
    if a == 2:
        assert b == 2, "a is 2 but b is not"


first = threading.Thread(target=count, name="First")
second = threading.Thread(target=count, name="Second")
first.start()
second.start()
first.join()
second.join()
print("a =", a, "b =", b)
