def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
base = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "debug": False}
override = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 5}}, "debug": True, "name": "app"}
merged = deep_merge(base, override)
print(merged)
print(base["db"]["port"], base["db"]["opts"])
def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            items.update(flatten(v, key))
        else:
            items[key] = v
    return items
flat = flatten(merged)
print(flat)
def unflatten(flat):
    out = {}
    for key, v in flat.items():
        cur = out
        *parents, last = key.split(".")
        for p in parents:
            cur = cur.setdefault(p, {})
        cur[last] = v
    return out
print(unflatten(flat) == merged)
