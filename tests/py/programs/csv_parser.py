DATA = '''id,name,department,salary,start
1,"Smith, John",Engineering,85000,2019-03-01
2,Jane Doe,Marketing,62000,2020-07-15
3,"O""Brien, Pat",Engineering,91000,2018-11-30
4,Li Wei,Sales,55000,2021-01-04
5,"Multi
Line",Sales,58000,2017-05-20
6,Ana Gomez,Engineering,,2022-09-09
'''


def parse_csv(text, sep=","):
    rows, row, field = [], [], []
    in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == sep:
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(ch)
        i += 1
    if in_quotes:
        raise ValueError("unterminated quoted field")
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


def to_records(rows):
    header, *body = rows
    recs = []
    for lineno, r in enumerate(body, 2):
        if len(r) != len(header):
            raise ValueError(f"row {lineno}: expected {len(header)} fields, got {len(r)}")
        rec = dict(zip(header, r))
        rec["id"] = int(rec["id"])
        rec["salary"] = int(rec["salary"]) if rec["salary"] else None
        y, m, d = map(int, rec["start"].split("-"))
        rec["start"] = (y, m, d)
        recs.append(rec)
    return recs


def quote(v):
    s = "" if v is None else str(v)
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


rows = parse_csv(DATA)
print(len(rows), [len(r) for r in rows])
records = to_records(rows)
for r in records:
    print(r["id"], repr(r["name"]), r["department"], r["salary"], r["start"])
by_dept = {}
for r in records:
    by_dept.setdefault(r["department"], []).append(r)
for dept in sorted(by_dept):
    sal = [r["salary"] for r in by_dept[dept] if r["salary"] is not None]
    avg = sum(sal) / len(sal)
    print(f"{dept:<12}{len(by_dept[dept]):>3}{avg:>12,.1f}")
senior = sorted(records, key=lambda r: r["start"])[:2]
print([r["name"] for r in senior])
out = "\n".join(",".join(quote(v) for v in (r["id"], r["name"], r["salary"])) for r in records)
print(out)
print(parse_csv(out) == [[str(r["id"]), r["name"], "" if r["salary"] is None else str(r["salary"])] for r in records])
for bad in ['a,"b\n', "a,b\n1,2,3\n"]:
    try:
        to_records(parse_csv(bad))
    except ValueError as e:
        print("ValueError:", e)
print(parse_csv("x;y\n1;2", sep=";"))
