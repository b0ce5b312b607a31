print(round(5), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(7, 2))
print(type(round(5, 1)).__name__, round(10 ** 20 + 5, -1))
print(round(True), round(12345, -10))
