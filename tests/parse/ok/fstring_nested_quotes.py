f"{"nested"}"
f'{'nested'}'
f"{"a" + "b"}"
f"{d["key"]}"
f"{f"{x}"}"
f"{f"{f"{x}"}"}"
f"{f"{f"{f"{f"{x}"}"}"}"}"
f'{f'{f'{x}'}'}'
f"""{f"""{x}"""}"""
f"{'single'}"
f'{"double"}'
f"{'''triple'''}"
f"{"""triple"""}"
f"{x:{"<"}{10}}"
f"{", ".join(items)}"
f"{'\n'.join(lines)}"
f"{"\N{BULLET}"}"
f"{'\\'}"
f"{"a" if x else "b"}"
