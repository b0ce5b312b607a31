records = [
    {"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 30}},
    {"name": "bob", "roles": ["dev"], "meta": {"age": 17}},
    {"name": "cat", "roles": [], "meta": {}},
    {"name": "dan", "roles": ["ops", "dev", "qa"], "meta": {"age": 45, "team": "core"}},
    {"id": 5},
]
for r in records:
    match r:
        case {"name": name, "roles": ["admin", *_]}:
            print(name, "is an admin")
        case {"name": name, "meta": {"age": int(age)}} if age < 18:
            print(name, "is a minor")
        case {"name": name, "roles": []}:
            print(name, "has no roles")
        case {"name": name, "roles": [_, *rest], "meta": {"team": team}}:
            print(name, "on team", team, "with", len(rest), "more roles")
        case {"name": name}:
            print(name, "is ordinary")
        case other:
            print("unrecognized", other)
