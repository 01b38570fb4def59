class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self._balance}>"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acc = cls(owner, balance)
        self.accounts[acc.id] = acc
        return acc
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, "ann", 100)
s = bank.open(Savings, "bob", 1000)
bank.transfer(a.id, s.id, 40)
print(a, s, bank.total(), s.add_interest(), s.balance)
try:
    bank.transfer(a.id, s.id, 500)
except InsufficientFunds as e:
    print("failed:", e, e.needed, e.available)
try:
    a.deposit(-5)
except ValueError as e:
    print("failed:", e)
print(a.history, s.history)
print(sorted(bank.accounts.values(), key=lambda x: -x.balance))
