# Sorting records with key functions: sorted() and list.sort() with lambdas,
# named functions and tuple keys, reverse=True, stable multi-pass sorts, and
# min/max with a key.  Records are tuples, dicts and small class instances.

RECORDS = 36000     # records of each shape
ROUNDS = 3          # times every sort is repeated (on freshly generated data)

CITIES = ("Oslo", "Lima", "Kyiv", "Pune", "Baku", "Nice", "Riga", "Graz")


class Person:
    def __init__(self, ident, name, age, city, score):
        self.ident = ident
        self.name = name
        self.age = age
        self.city = city
        self.score = score


def make_records(count, salt):
    seed = 7 + salt
    people = []
    for i in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        age = 18 + seed % 60
        city = CITIES[(seed >> 7) % len(CITIES)]
        score = ((seed >> 11) % 10000) / 100.0
        name = "p" + str((seed >> 3) % 5000)
        people.append(Person(i, name, age, city, score))
    return people


def by_age_then_name(p):
    return (p.age, p.name)


def position_checksum(items, ident):
    # order-sensitive digest of a sorted list: sum of position * ident over
    # every 5th item (cheap next to the sort, and it catches
    # nearly any difference in order)
    total = 0
    pos = 1
    for item in items[::5]:
        total = (total + pos * ident(item)) % 1000000007
        pos += 1
    return total


digest = 0
extremes = []
for r in range(ROUNDS):
    people = make_records(RECORDS, r)
    tuples = [(p.city, p.score, p.ident) for p in people]
    dicts = [{"id": p.ident, "name": p.name, "age": p.age} for p in people]

    s1 = sorted(people, key=by_age_then_name)
    s2 = sorted(people, key=lambda p: p.score, reverse=True)
    s3 = sorted(tuples, key=lambda t: (t[0], -t[1]))
    s4 = sorted(dicts, key=lambda d: d["name"])
    # stable multi-pass: sort by the secondary key first, then the primary
    s5 = sorted(people, key=lambda p: p.name)
    s5.sort(key=lambda p: p.city)
    tuples.sort(reverse=True)

    digest = (digest
              + position_checksum(s1, lambda p: p.ident)
              + position_checksum(s2, lambda p: p.ident)
              + position_checksum(s3, lambda t: t[2])
              + position_checksum(s4, lambda d: d["id"])
              + position_checksum(s5, lambda p: p.ident)
              + position_checksum(tuples, lambda t: t[2])) % 1000000007

    oldest = max(people, key=lambda p: (p.age, -p.ident))
    best = min(dicts, key=lambda d: (d["age"], d["name"], d["id"]))
    extremes.append(f"{oldest.ident}/{best['id']}")

print("sort_key", digest, " ".join(extremes))
