result = []
for i in range(3):
    if i % 2 == 0:
        j = 0
        while j < 3:
            try:
                if j == 1:
                    raise ValueError(j)
                result.append((i, j))
            except ValueError:
                result.append("err")
            finally:
                j += 1
    else:
        for k in range(2):
            def helper(v=k):
                return v * 100
            result.append(helper())
print(result)
