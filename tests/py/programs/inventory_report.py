inventory = [
    {"sku": "A-100", "name": "widget", "qty": 120, "price": 2.50, "tags": {"metal", "small"}},
    {"sku": "A-101", "name": "gadget", "qty": 0, "price": 12.99, "tags": {"plastic"}},
    {"sku": "B-200", "name": "doohickey", "qty": 35, "price": 7.25, "tags": {"metal", "large"}},
    {"sku": "B-201", "name": "thingamajig", "qty": 8, "price": 199.00, "tags": {"electronic", "large"}},
    {"sku": "C-300", "name": "whatsit", "qty": 500, "price": 0.10, "tags": {"small", "plastic"}},
]
orders = [("A-100", 20), ("A-101", 1), ("B-201", 8), ("Z-999", 3), ("C-300", 600), ("B-200", 5)]

by_sku = {item["sku"]: item for item in inventory}


class OrderError(Exception):
    pass


def fulfil(sku, qty):
    item = by_sku.get(sku)
    if item is None:
        raise OrderError(f"unknown sku {sku}")
    if item["qty"] < qty:
        raise OrderError(f"only {item['qty']} {item['name']} left, {qty} requested")
    item["qty"] -= qty
    return qty * item["price"]


revenue = 0.0
failed = []
for sku, qty in orders:
    try:
        amount = fulfil(sku, qty)
    except OrderError as e:
        failed.append((sku, str(e)))
        continue
    revenue += amount
    print(f"shipped {qty:>4} x {sku}  {amount:>9.2f}")
print(f"revenue: {revenue:,.2f}")
for sku, why in failed:
    print("FAILED", sku, "-", why)
print()
print(f"{'SKU':<7}{'NAME':<13}{'QTY':>5}{'VALUE':>10}  TAGS")
for item in sorted(inventory, key=lambda i: -i["qty"] * i["price"]):
    value = item["qty"] * item["price"]
    flag = " (out of stock)" if item["qty"] == 0 else ""
    print(f"{item['sku']:<7}{item['name']:<13}{item['qty']:>5}{value:>10.2f}  {','.join(sorted(item['tags']))}{flag}")
all_tags = set().union(*(i["tags"] for i in inventory))
print(sorted(all_tags))
tag_index = {t: sorted(i["sku"] for i in inventory if t in i["tags"]) for t in sorted(all_tags)}
print(tag_index)
print("metal and large:", sorted(set(tag_index["metal"]) & set(tag_index["large"])))
low = [i["name"] for i in inventory if 0 < i["qty"] < 50]
print("restock soon:", low)
total_value = sum(i["qty"] * i["price"] for i in inventory)
print(f"total stock value: {total_value:.2f}")
