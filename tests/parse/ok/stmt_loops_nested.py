for i in range(3):
    for j in range(3):
        for k in range(3):
            if i == j == k:
                break
        else:
            continue
        break
while a:
    while b:
        while c:
            pass
        else:
            pass
    else:
        pass
else:
    pass
