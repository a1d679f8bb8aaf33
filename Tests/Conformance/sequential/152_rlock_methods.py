# _thread.RLock as threading.RLock() makes it: recursion depth, ownership, the helpers
# Condition uses, and the repr's state and count (the owner id and address vary).
import threading

r = threading.RLock()
def state():
    text = repr(r)
    return text.split(" owner=")[0], "count=" + text.split("count=")[1].split(" ")[0]
print(state(), r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r.acquire(False), state(), r._recursion_count())
print(r._is_owned(), r.release(), state())
saved = r._release_save()
print(saved[0], saved[1] == threading.get_ident(), state(), r._is_owned())
print(r._acquire_restore(saved), state(), r._recursion_count())
r.release()
r.release()
print(state(), r._is_owned())
with r:
    with r as inner:
        print("nested", inner, state())
print(state())
for name in ["locked", "acquire_lock"]:
    print(name, hasattr(r, name))
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)
r.release()
