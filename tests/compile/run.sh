#!/usr/bin/env bash
# Code generator tests.
#
#   tests/compile/run.sh [-v] [path/to/krait]
#
#   1. tests/parse/compile_err/NAME.py: `krait compile NAME.py` exits 1 and
#      its stderr is NAME.py.err (CPython 3.14's report); a difference only
#      in the caret line passes and is listed.
#   2. every tests/py/**/*.py, tests/parse/ok/*.py and bench/programs/*.py
#      compiles (exit 0; the compiler runs cc_verify on every code object it
#      makes: stack depths never negative and consistent, jumps in range),
#      except those listed in compile_fails.txt, which must fail with the
#      message and line CPython gives.
#   3. tests/compile/dis/NAME.py: `krait dis NAME.py` prints NAME.py.dis
#      (made by krait and checked by eye against CPython's dis output).
# Ends with "N passed, N failed".
set -u
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
verbose=0 krait=""
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 ;;
    *) krait=$1 ;;
  esac
  shift
done
[ -z "$krait" ] && krait=${KRAIT:-$root/build/krait}
case $krait in /*) ;; *) krait=$PWD/$krait ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0 shown=0
carets=()

fail() {
  failed=$((failed + 1))
  echo "FAIL $1: $2"
  if [ -n "${3:-}" ] && { [ $verbose = 1 ] || [ $shown -lt 5 ]; }; then
    shown=$((shown + 1))
    diff -u "$3" "$4" | sed -n '3,30s/^/    /p'
  fi
}

run() {   # run ARGS...: krait with a CPU limit, output to $tmp/out, $tmp/err
  { (ulimit -t 20 2>/dev/null; exec "$krait" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null); } 2>/dev/null
}

# 1. compile-time errors
cd "$root/tests/parse/compile_err" || exit 2
for name in *.py; do
  run compile "$name"
  rc=$?
  if [ $rc -ne 1 ]; then
    fail "compile_err/$name" "exit $rc, expected 1" "$name.err" "$tmp/err"
  elif cmp -s "$name.err" "$tmp/err"; then
    passed=$((passed + 1))
  elif cmp -s <(sed -E '/^[[:space:]]*\^+$/d' "$name.err") <(sed -E '/^[[:space:]]*\^+$/d' "$tmp/err"); then
    passed=$((passed + 1))
    carets+=("compile_err/$name")
  else
    fail "compile_err/$name" "stderr differs" "$name.err" "$tmp/err"
  fi
done

# 2. everything else compiles (or fails as CPython does)
cd "$root" || exit 2
declare -A expect_fail
while IFS=$'\t' read -r f line msg; do
  [ -n "$f" ] && expect_fail[$f]="$line	$msg"
done < "$here/compile_fails.txt"
while IFS= read -r f; do
  run compile "$f"
  rc=$?
  if [ -n "${expect_fail[$f]:-}" ]; then
    want=${expect_fail[$f]}
    got_msg=$(tail -n 1 "$tmp/err")
    got_line=$(sed -nE 's/.*line ([0-9]+).*/\1/p' "$tmp/err" | head -n 1)
    if [ $rc -eq 1 ] && [ "$got_line	$got_msg" = "$want" ]; then
      passed=$((passed + 1))
    else
      fail "$f" "expected '$want', got exit $rc: line $got_line $got_msg"
    fi
  elif [ $rc -eq 0 ]; then
    passed=$((passed + 1))
  else
    fail "$f" "exit $rc: $(tail -n 1 "$tmp/err")"
  fi
done < <(find tests/py tests/parse/ok bench/programs -name '*.py' 2>/dev/null | sort)

# 3. disassembly
cd "$here/dis" || exit 2
for name in *.py; do
  [ -e "$name" ] || continue
  run dis "$name"
  rc=$?
  if [ $rc -ne 0 ]; then
    fail "dis/$name" "exit $rc: $(tail -n 1 "$tmp/err")"
  elif cmp -s "$name.dis" "$tmp/out"; then
    passed=$((passed + 1))
  else
    fail "dis/$name" "disassembly differs" "$name.dis" "$tmp/out"
  fi
done

for t in "${carets[@]}"; do echo "caret differs: $t"; done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
