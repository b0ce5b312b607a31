#!/usr/bin/env bash
# Regenerates tests/symtable/**/NAME.py.symtable from CPython 3.14 with
# tools/symtable_dump.py.  Uses the WebAssembly CPython 3.14 runner
# (CPYTHON314, default ../shared/tools/cpython314 from the repo root), which
# runs a script with its own directory as cwd and no arguments: the dump
# tool is copied next to the test files and dumps them all, each after a
# line "=== NAME", and this script splits that output.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runner=${CPYTHON314:-$root/../shared/tools/cpython314}
for dir in "$here" "$here/err"; do
    tmp=$(mktemp -d)
    cp "$dir"/*.py "$tmp"/
    cp "$root/tools/symtable_dump.py" "$tmp/zz_symtable_dump.py"
    "$runner" "$tmp/zz_symtable_dump.py" > "$tmp/all.out"
    python3 - "$tmp/all.out" "$dir" <<'PY'
import sys, os
text = open(sys.argv[1], encoding="utf-8").read()
out_dir = sys.argv[2]
name, buf = None, []
def flush():
    if name is not None:
        with open(os.path.join(out_dir, name + ".symtable"), "w", encoding="utf-8") as f:
            f.write("".join(buf))
for line in text.splitlines(keepends=True):
    if line.startswith("=== "):
        flush()
        name, buf = line[4:].strip(), []
    else:
        buf.append(line)
flush()
PY
    rm -rf "$tmp"
done
