# Object creation, attribute access and dict updates.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


totals = {}
for i in range(200_000):
    account = Account("user%d" % (i % 100), i % 50)
    account.deposit(5)
    key = account.owner
    totals[key] = totals.get(key, 0) + account.balance
print(len(totals), totals["user7"])
