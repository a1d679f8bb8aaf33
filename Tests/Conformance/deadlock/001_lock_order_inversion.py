import threading, time
lock_a = threading.Lock()
lock_b = threading.Lock()
def first():
    with lock_a:
        print("first holds A, wants B")
        time.sleep(0.1)
        with lock_b:
            print("first got both")
def second():
    with lock_b:
        print("second holds B, wants A")
        time.sleep(0.1)
        with lock_a:
            print("second got both")
t1 = threading.Thread(target=first, name="first")
t2 = threading.Thread(target=second, name="second")
t1.start(); t2.start()
t1.join(); t2.join()
print("never printed")
