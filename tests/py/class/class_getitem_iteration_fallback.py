class Countdown:
    def __init__(self, start): self.start = start
    def __getitem__(self, i):
        if i >= self.start:
            raise IndexError(i)
        return self.start - i
print(list(Countdown(4)), 2 in Countdown(4), 9 in Countdown(4), sorted(Countdown(3)), [x * 10 for x in Countdown(2)])
a, b = Countdown(2)
print(a, b)
class KeyErrorStops:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError does not end iteration:", e)
class StopIterationStops:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(StopIterationStops()))
