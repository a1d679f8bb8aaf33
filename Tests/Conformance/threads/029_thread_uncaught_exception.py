import threading
def worker(n):
    print("worker computing 1 /", n)
    return 1 / n
t = threading.Thread(target=worker, args=(0,))
t.start()
t.join()
print("main continues after the thread died; alive:", t.is_alive())
