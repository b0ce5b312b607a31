"""Canonical text dump of CPython's symbol table (the `symtable` module), the
oracle for krait's src/compile/symtable.c (whose st_dump prints the same).

    python3.14 tools/symtable_dump.py FILE.py...

prints, for each file, either the tree of tables or, when building the table
raises SyntaxError, one line "LINE: MESSAGE" and one line
"range: LINE:OFFSET-END_LINE:END_OFFSET" (CPython's 1-based offsets), or
"parse error: LINE: MESSAGE" when the source does not even parse.

The tree: one line per table, "TYPE NAME line=N" plus " nested" when the
table is nested, indented two spaces per level; under it "params: ..." (the
parameter names in order) when there are any, then one line per symbol,
sorted by name: "NAME SCOPE FLAGS", where SCOPE is LOCAL, CELL, FREE,
GLOBAL_IMPLICIT or GLOBAL_EXPLICIT and FLAGS the raw DEF_* bits as letters:

    g DEF_GLOBAL   l DEF_LOCAL    p DEF_PARAM   n DEF_NONLOCAL  u USE
    F DEF_FREE_CLASS  i DEF_IMPORT  a DEF_ANNOT  c DEF_COMP_ITER
    t DEF_TYPE_PARAM  C DEF_COMP_CELL            ("-" when none)

then the child tables.  With no arguments (as under the WebAssembly
cpython314 runner, which passes none) it dumps every other *.py file of its
own directory, each after a line "=== NAME".
"""
import os
import sys
import symtable
import _symtable
import _ast

_TYPES = {
    _symtable.TYPE_MODULE: "MODULE",
    _symtable.TYPE_FUNCTION: "FUNCTION",
    _symtable.TYPE_CLASS: "CLASS",
    _symtable.TYPE_ANNOTATION: "ANNOTATION",
    _symtable.TYPE_TYPE_ALIAS: "TYPE_ALIAS",
    _symtable.TYPE_TYPE_PARAMETERS: "TYPE_PARAMETERS",
    _symtable.TYPE_TYPE_VARIABLE: "TYPE_VARIABLE",
}
_FLAGS = [
    ("g", _symtable.DEF_GLOBAL), ("l", _symtable.DEF_LOCAL),
    ("p", _symtable.DEF_PARAM), ("n", _symtable.DEF_NONLOCAL),
    ("u", _symtable.USE), ("F", _symtable.DEF_FREE_CLASS),
    ("i", _symtable.DEF_IMPORT), ("a", _symtable.DEF_ANNOT),
    ("c", _symtable.DEF_COMP_ITER), ("t", _symtable.DEF_TYPE_PARAM),
    ("C", _symtable.DEF_COMP_CELL),
]
_SCOPES = {
    _symtable.LOCAL: "LOCAL", _symtable.CELL: "CELL", _symtable.FREE: "FREE",
    _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT",
    _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
}


def dump_table(raw, out, depth=0):
    ind = "  " * depth
    line = f"{ind}{_TYPES[raw.type]} {raw.name} line={raw.lineno}"
    if raw.nested:
        line += " nested"
    out.append(line)
    if raw.varnames:
        out.append(f"{ind}  params: {' '.join(raw.varnames)}")
    for name in sorted(raw.symbols):
        flags = raw.symbols[name]
        scope = (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        letters = "".join(c for c, bit in _FLAGS if flags & bit) or "-"
        out.append(f"{ind}  {name} {_SCOPES.get(scope, str(scope))} {letters}")
    for child in raw.children:
        dump_table(child, out, depth + 1)


def dump_source(src, filename):
    out = []
    try:
        compile(src, filename, "exec", _ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return f"parse error: {e.lineno}: {e.msg}\n"
    try:
        top = _symtable.symtable(src, filename, "exec")
    except SyntaxError as e:
        out.append(f"{e.lineno}: {e.msg}")
        out.append(f"range: {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
        return "\n".join(out) + "\n"
    dump_table(top, out)
    return "\n".join(out) + "\n"


def main(args):
    if args:
        for path in args:
            with open(path, "rb") as f:
                sys.stdout.write(dump_source(f.read(), os.path.basename(path)))
        return
    here = os.path.dirname(os.path.abspath(__file__))
    me = os.path.basename(__file__)
    for name in sorted(os.listdir(here)):
        if name.endswith(".py") and name != me:
            with open(os.path.join(here, name), "rb") as f:
                src = f.read()
            sys.stdout.write(f"=== {name}\n" + dump_source(src, name))


if __name__ == "__main__":
    main([a for a in sys.argv[1:]])
