# nondeterministic: a challenge; you schedule the two threads.
# Check, then act: each withdrawal checks the balance, logs (a call,
# where the GIL can change hands), then takes the money. Make the
# balance go below zero: print balance = -100.
import threading

balance = 100


def log(text):
    return text


def withdraw():
    global balance
    if balance >= 100:
        log("approved")
        balance = balance - 100


a = threading.Thread(target=withdraw, name="A")
b = threading.Thread(target=withdraw, name="B")
a.start()
b.start()
a.join()
b.join()
print("balance =", balance)
