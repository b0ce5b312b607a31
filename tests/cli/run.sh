#!/usr/bin/env bash
# End-to-end tests of the krait command.  Each tests/cli/cases/NAME.sh is a
# bash script run with cwd = tests/cli/cases and $KRAIT set; its stdout,
# stderr and exit status are compared with NAME.expected, laid out as
#   <stdout>--- stderr\n<stderr>--- exit N\n
# `run.sh [KRAIT] [--update]` rewrites the expected files from the current
# behaviour (review the diff before committing: that is the test's meaning).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
KRAIT=${KRAIT:-$root/build/krait}
update=0
for a in "$@"; do
    case $a in --update) update=1 ;; *) KRAIT=$a ;; esac
done
case $KRAIT in /*) ;; *) KRAIT=$PWD/$KRAIT ;; esac
export KRAIT
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$here/cases"
for t in *.sh; do
    [ -e "$t" ] || continue
    name=${t%.sh}
    timeout 20 bash "$t" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    { cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"; echo "--- exit $rc"; } >"$tmp/got"
    if [ $update -eq 1 ]; then cp "$tmp/got" "$name.expected"; fi
    if [ -f "$name.expected" ] && cmp -s "$tmp/got" "$name.expected"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL cli/$name"
        diff -u "$name.expected" "$tmp/got" 2>&1 | head -n 20
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
