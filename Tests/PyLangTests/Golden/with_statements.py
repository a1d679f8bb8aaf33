import threading
lock = threading.Lock()

def critical():
    with lock:
        shared.append(1)

def several():
    with open("a") as fa, open("b") as fb:
        return fa.read() + fb.read()

def nested():
    with lock:
        for i in range(2):
            if i:
                continue
            with lock:
                pass
