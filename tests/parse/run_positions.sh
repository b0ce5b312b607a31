#!/usr/bin/env bash
# Checks the positions krait gives every AST node: for each ok/NAME.py,
# `krait parse --dump --positions` must print ok/NAME.py.pos, which is
# ast.dump(..., include_attributes=True) from CPython 3.14 (gen_positions.sh).
#   run_positions.sh [-v] [path/to/krait]
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
krait=$root/build/krait verbose=0
for a in "$@"; do case $a in -v) verbose=1 ;; *) krait=$a ;; esac; done
case $krait in /*) ;; *) krait=$PWD/$krait ;; esac
pass=0 fail=0
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
cd "$here/ok"
for f in *.py; do
    [ -f "$f.pos" ] || continue
    if "$krait" parse --dump --positions "$f" >"$tmp" 2>/dev/null && cmp -s "$tmp" "$f.pos"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL positions: ok/$f"
        [ $verbose -eq 1 ] && diff <(tr ',' '\n' < "$f.pos") <(tr ',' '\n' < "$tmp") | head -10
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
