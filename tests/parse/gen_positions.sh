#!/usr/bin/env bash
# Regenerates ok/NAME.py.pos -- ast.dump(ast.parse(bytes), include_attributes=True)
# under CPython 3.14 -- for every valid test file.  Needed only when adding
# tests; run_positions.sh compares krait against these files.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
oracle=${CPYTHON314:-$root/../shared/tools/cpython314}
[ -x "$oracle" ] || oracle=/work/shared/tools/cpython314
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ok"
cp "$here"/ok/*.py "$tmp/ok/"
cp "$here/gen_positions.py" "$tmp/ok/_krait_positions.py"
"$oracle" "$tmp/ok/_krait_positions.py" > "$tmp/all"
awk -v dir="$here/ok" '
    /^##### / { if (out) close(out); out = dir "/" substr($0, 7) ".pos"; next }
    { print > out }' "$tmp/all"
grep -l '^SyntaxError' "$here"/ok/*.pos && { echo "some ok/ files do not parse" >&2; exit 1; }
echo "wrote $(ls "$here"/ok/*.pos | wc -l) .pos files"
