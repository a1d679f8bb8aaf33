# Exercise: deadlock. Two payments run at once in opposite directions, each locking the two
# accounts it touches. Under some schedules both wait for each other forever. Make it finish
# every time: it must still print both balances and still pay in two threads.
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        with target.lock:
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
