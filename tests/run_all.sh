#!/usr/bin/env bash
# Runs every test suite and sums their results.  Each suite prints a line
# "N passed, N failed" as its last such line; this script prints the total
# as its own last line and exits non-zero if anything failed.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
KRAIT=${KRAIT:-$root/build/krait}
UNIT_DIR=${UNIT_DIR:-$root/build/tests}
case $KRAIT in /*) ;; *) KRAIT=$root/$KRAIT ;; esac
case $UNIT_DIR in /*) ;; *) UNIT_DIR=$root/$UNIT_DIR ;; esac
export KRAIT

total_pass=0 total_fail=0 broken=0
run_suite() {
    local name=$1; shift
    local out rc
    echo "== $name"
    out=$("$@" 2>&1); rc=$?
    printf '%s\n' "$out" | tail -n 25
    local line
    line=$(printf '%s\n' "$out" | grep -E '^[^ ]*:? ?[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -z "$line" ]; then
        echo "!! $name printed no result line (exit $rc)"
        broken=$((broken + 1))
        return
    fi
    local p f
    p=$(printf '%s' "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
    f=$(printf '%s' "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "!! $name exited $rc with no failures counted"
        broken=$((broken + 1))
    fi
}

for t in "$UNIT_DIR"/test_*; do
    [ -x "$t" ] || continue
    case $t in *.d) continue ;; esac
    name=$(basename "$t")
    args=()
    if [ -f "$root/tests/unit/$name.args" ]; then
        read -r -a args < "$root/tests/unit/$name.args"
    fi
    cd "$root"
    run_suite "unit/$name" timeout 300 "$t" "${args[@]}"
done
run_suite "parse" bash "$root/tests/parse/run.sh" "$KRAIT"
run_suite "parse-positions" bash "$root/tests/parse/run_positions.sh" "$KRAIT"
run_suite "cli" bash "$root/tests/cli/run.sh" "$KRAIT"
run_suite "compile" bash "$root/tests/compile/run.sh" "$KRAIT"
run_suite "py" bash "$root/tests/py/run.sh" "$KRAIT"

echo
if [ "$broken" -ne 0 ]; then
    echo "$broken suite(s) did not report results"
    total_fail=$((total_fail + broken))
fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
