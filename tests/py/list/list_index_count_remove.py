data = ["x", "y", "x", "z", "x"]
print(data.index("x"), data.index("x", 1), data.index("x", 3), data.index("z", -3, -1), data.count("x"))
positions = [i for i, v in enumerate(data) if v == "x"]
print(positions)
data.remove("x")
print(data)
while "x" in data:
    data.remove("x")
print(data)
try:
    data.index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ["a"].index("a", 1)
except ValueError as e:
    print(type(e).__name__, e)
nums = [1, 2.0, True, 1.0]
print(nums.count(1), nums.index(2), nums.index(True))
