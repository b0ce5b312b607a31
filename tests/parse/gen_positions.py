# Run under CPython 3.14 (see gen_positions.sh): prints, for every .py file
# in its directory, "##### NAME" and then
# ast.dump(ast.parse(bytes), include_attributes=True).
import ast, os

for name in sorted(os.listdir(".")):
    if not name.endswith(".py") or name.startswith("_krait_"):
        continue
    with open(name, "rb") as f:
        data = f.read()
    print("##### " + name)
    try:
        print(ast.dump(ast.parse(data), include_attributes=True))
    except SyntaxError as e:
        print("SyntaxError", e)
