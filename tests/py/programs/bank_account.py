class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(Exception):
    pass


class Transaction:
    _next_id = 1

    def __init__(self, kind, amount, balance_after, memo=""):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after
        self.memo = memo

    def __repr__(self):
        memo = f" ({self.memo})" if self.memo else ""
        return f"#{self.id:03d} {self.kind:<10}{self.amount:>10.2f}{self.balance_after:>12.2f}{memo}"


class Account:
    interest_rate = 0.0

    def __init__(self, number, owner, opening=0.0):
        self.number = number
        self.owner = owner
        self.balance = 0.0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, "opening deposit")

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount, memo=""):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(Transaction("deposit", amount, self.balance, memo))

    def withdraw(self, amount, memo=""):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount, self.balance, memo))

    def month_end(self):
        if self.interest_rate and self.balance > 0:
            interest = round(self.balance * self.interest_rate / 12, 2)
            self.deposit(interest, "interest")

    def statement(self):
        lines = [f"Statement for {self.owner} ({type(self).__name__} {self.number})"]
        lines.extend(repr(t) for t in self.history)
        lines.append(f"Closing balance: {self.balance:,.2f}")
        return "\n".join(lines)


class Savings(Account):
    interest_rate = 0.05
    max_withdrawals = 2

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.withdrawals = 0

    def withdraw(self, amount, memo=""):
        if self.withdrawals >= self.max_withdrawals:
            raise PermissionError("withdrawal limit reached")
        super().withdraw(amount, memo)
        self.withdrawals += 1


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, opening=0.0):
        number = f"{len(self.accounts) + 1:04d}"
        acct = cls(number, owner, opening)
        self.accounts[number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount, f"to {dst.number}")
        except (InsufficientFunds, PermissionError, AccountFrozen) as e:
            print(f"transfer failed: {type(e).__name__}: {e}")
            return False
        dst.deposit(amount, f"from {src.number}")
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account, "Alice", 500)
bob = bank.open(Savings, "Bob", 1200)
carol = bank.open(Account, "Carol")

print(bank.transfer(alice, carol, 125.5))
print(bank.transfer(carol, alice, 1000))
print(bank.transfer(bob, alice, 200))
print(bank.transfer(bob, carol, 50))
print(bank.transfer(bob, carol, 1))
carol.frozen = True
print(bank.transfer(carol, bob, 10))
try:
    carol.deposit(5)
except AccountFrozen as e:
    print("deposit refused:", e)
carol.frozen = False
try:
    alice.deposit(-3)
except ValueError as e:
    print("bad deposit:", e)
for acct in bank.accounts.values():
    acct.month_end()
for acct in bank.accounts.values():
    print(acct.statement())
    print()
print(f"Bank total: {bank.total():,.2f}")
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("Richest:", richest.owner)
