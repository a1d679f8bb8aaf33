# Reference solution of Exercises/*-deadlock/deadlock.py (tests check that it passes).
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    # Every thread takes the locks in one order (by name), so no cycle of waits can form.
    first, second = sorted([source, target], key=lambda account: account.name)
    with first.lock:
        with second.lock:
            source.balance -= amount
            target.balance += amount


def pay(source, target, times):
    for _ in range(times):
        transfer(source, target, 1)


alice = Account("alice", 100)
bob = Account("bob", 100)
threads = [
    threading.Thread(target=pay, args=(alice, bob, 5)),
    threading.Thread(target=pay, args=(bob, alice, 3)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(alice.name, alice.balance)
print(bob.name, bob.balance)
