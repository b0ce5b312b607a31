header = ["Name", "Qty", "Price", "Total"]
rows = [["Widget", 4, 3.5], ["Gadget", 10, 12.25], ["Thingamajig", 1, 199.999]]
widths = [12, 5, 9, 10]
print("".join(f"{h:<{w}}" if i == 0 else f"{h:>{w}}" for i, (h, w) in enumerate(zip(header, widths))))
print("-" * sum(widths))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>9.2f}{total:>10,.2f}")
print("=" * sum(widths))
print(f"{'Grand total':<26}{grand:>10,.2f}")
print(f"{'centered':=^36}")
print("{:<12}{:>5}".format("x", 1) + "|")
