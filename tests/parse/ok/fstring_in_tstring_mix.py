a = t"{f'{x}'}"
b = f"{t'{x}'}"
c = t"{t'{f"{x}"}'}"
d = [t"{i}" for i in range(3)]
e = {t"{k}": f"{v}" for k, v in items}
f = t"{x:{f'{y}'}}"
