items = {"apple": 3, "pear": 10}
total = sum(items.values())
print(f"{len(items)} items, total {total}, max {max(items, key=items.get)}")
print(f"{'even' if total % 2 == 0 else 'odd'} {total // 2} {total / 3:.2f} {-total:+d}")
print(f"{[k.upper() for k in items]} {dict(sorted(items.items()))} {(1, 2)!r}")
print(f"{items['apple'] * 2} {items.get('kiwi', 0)} {3 if items else 4}")
nested = {"a": {"b": [10, 20]}}
print(f"{nested['a']['b'][-1]} {nested['a']['b'][0]:>5} {len(nested['a']):03}")
width = 8
print(f"{'x':^{width}}|{3.14159:.{width // 4}f}|{42:{'+' if width > 5 else '-'}}")
print(f"{(lambda x: x ** 2)(7)} {(x := 5) * 2} {x}")
print(f"{'\u00e9'} {'\\n'} {'{'}{'}'}")
