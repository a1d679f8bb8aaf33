# nondeterministic: a challenge; you schedule the two threads.
# "Manual reset event": the signaller sets the event and clears it
# again at once, a pulse. A waiter that is not waiting yet misses it.
# Make the waiter wait forever.
import threading

ready = threading.Event()


def signaller():
    ready.set()
    ready.clear()


def waiter():
    ready.wait()
    print("the waiter saw the signal")


w = threading.Thread(target=waiter, name="Waiter")
s = threading.Thread(target=signaller, name="Signaller")
w.start()
s.start()
w.join()
s.join()
