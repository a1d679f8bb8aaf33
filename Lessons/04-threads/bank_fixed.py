# Two fixes for the transfer deadlock:
# 1. every thread takes the locks in one global order (by number);
# 2. an RLock, so a method holding an account's lock can call another
#    method that locks the same account again.
import threading
import time


class Account:
    def __init__(self, number, name, balance):
        self.number = number  # a fixed, unique key gives the lock order
        self.name = name
        self.balance = balance
        self.lock = threading.RLock()

    def withdraw(self, amount):
        with self.lock:  # also called while transfer already holds it
            if amount > self.balance:
                raise ValueError(f"{self.name} cannot pay {amount}")
            self.balance -= amount

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


def transfer(source, target, amount):
    first, second = sorted([source, target], key=lambda a: a.number)
    with first.lock:
        time.sleep(0.1)  # the same slow check: no deadlock now
        with second.lock:
            source.withdraw(amount)  # locks source.lock a second time
            target.deposit(amount)
    print(f"{source.name}->{target.name}: moved {amount}")


alice = Account(1, "alice", 100)
bob = Account(2, "bob", 100)
t1 = threading.Thread(target=transfer, args=(alice, bob, 30))
t2 = threading.Thread(target=transfer, args=(bob, alice, 10))
t1.start()
time.sleep(0.05)  # let alice->bob go first, so the output is stable
t2.start()
t1.join()
t2.join()
total = alice.balance + bob.balance
print("balances:", alice.balance, bob.balance, "total", total)

# With a plain Lock the same thread cannot take it twice: it would wait
# for itself forever. acquire(timeout=...) lets us see that safely.
plain = threading.Lock()
with plain:
    print("plain Lock, owner again:", plain.acquire(timeout=0.1))
again = threading.RLock()
with again:
    print("RLock, owner again:", again.acquire(timeout=0.1))
    again.release()  # an RLock must be released as often as acquired
