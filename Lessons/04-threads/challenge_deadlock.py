# nondeterministic: a challenge; you schedule the two threads.
# "Deadlock": two transfers take the two account locks in opposite
# orders. Make them wait for each other forever.
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()


def a_to_b():
    with lock_a:
        with lock_b:
            print("moved money from a to b")


def b_to_a():
    with lock_b:
        with lock_a:
            print("moved money from b to a")


first = threading.Thread(target=a_to_b, name="AtoB")
second = threading.Thread(target=b_to_a, name="BtoA")
first.start()
second.start()
first.join()
second.join()
