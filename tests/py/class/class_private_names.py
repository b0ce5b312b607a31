class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "visible"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a._protected, a.reveal())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
s = Sub()
print(s.balance(), s._Sub__balance, sorted(vars(s)))
class Dunder:
    __not_mangled__ = 1
print(Dunder.__not_mangled__)
