class Table:
    rows = [1, 2, 3]
    cols = ["a", "b"]
    cells = [(r, c) for r in rows for c in ["x"]]
    first = [r for r in rows if r > 1]
print(Table.cells, Table.first)
class Tricky:
    factor = 3
    try:
        scaled = [v * factor for v in range(3)]
    except NameError as e:
        error = str(e)
    scaled_ok = (lambda factor=factor: [v * factor for v in range(3)])()
print(Tricky.error, Tricky.scaled_ok)
