# bank_transfer.py with the fix: both transfers take the locks in one global order (by
# name), so neither can hold one while the other holds the second.
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    first, second = sorted([source, target], key=lambda account: account.name)
    with first.lock:
        with second.lock:
            source.balance -= amount
            target.balance += amount


def pay(source, target):
    for _ in range(5):
        transfer(source, target, 1)


alice = Account("alice", 100)
bob = Account("bob", 100)
threads = [threading.Thread(target=pay, args=(alice, bob)), threading.Thread(target=pay, args=(bob, alice))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(alice.balance, bob.balance)
