nums = [1, 2, 3, 4, 5, 6]
out = []
for n in nums:
    out.append(n)
    if n == 2:
        nums.pop(0)
print(out, nums)
items = [0, 1, 2]
count = 0
for x in items:
    if count < 3:
        items.append(x + 10)
    count += 1
print(items, count)
keep = [x for x in range(10) if x % 3]
print(keep)
lst = list(range(5))
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 2:
        del lst[i]
print(lst)
