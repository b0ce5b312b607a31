for i in range(10):
    if i == 2:
        continue
    if i == 8:
        break
    while True:
        break
    else:
        continue
while x:
    for y in z:
        if y: break
        else: continue
    break
