# nondeterministic: a challenge; you schedule the two threads.
# "Condition variables": the waiter checks the flag before it takes the
# condition's lock, so the notification can come in between and be
# lost. Make the waiter wait forever.
import threading

changed = threading.Condition()
ready = False


def waiter():
    if not ready:
        with changed:
            changed.wait()
    print("the waiter goes on")


def notifier():
    global ready
    with changed:
        ready = True
        changed.notify()


w = threading.Thread(target=waiter, name="Waiter")
n = threading.Thread(target=notifier, name="Notifier")
w.start()
n.start()
w.join()
n.join()
