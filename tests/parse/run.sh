#!/usr/bin/env bash
# Parser conformance tests: krait's AST dumps and syntax errors against
# CPython 3.14's (expected files made by gen_expected.sh; not needed here).
#
#   tests/parse/run.sh [-v] [-k PATTERN] [path/to/krait]
#
# krait defaults to build/krait in the repo root; works from any cwd.
#   ok/NAME.py           `krait parse --dump NAME.py` exits 0, stdout == NAME.py.out byte for byte
#   compile_err/NAME.py  the same (the parser accepts these; only the compiler rejects them)
#   err/NAME.py          `krait parse NAME.py` exits 1, stderr == NAME.py.err, except that
#                        a difference only in the caret (^^^) line passes and is listed
#                        as "caret differs"
# Each file runs with cwd = its directory and its bare name, as the expected
# output names it.  -k runs the files whose "DIR/NAME.py" matches the glob
# *PATTERN*.  -v shows a diff for every failure (default: the first 5).
# Ends with "N passed, N failed"; exits 1 if anything failed.
set -u
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
verbose=0 pattern="" krait="" show_max=5
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 ;;
    -k) [ $# -ge 2 ] || { echo "run.sh: -k needs a pattern" >&2; exit 2; }; pattern=$2; shift ;;
    -k*) pattern=${1#-k} ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "usage: $0 [-v] [-k PATTERN] [path/to/krait]" >&2; exit 2 ;;
    *) krait=$1 ;;
  esac
  shift
done
if [ -z "$krait" ]; then
  krait=$root/build/krait
elif [[ $krait != /* ]]; then
  if [ -e "$PWD/$krait" ] || [ ! -e "$root/$krait" ]; then krait=$PWD/$krait; else krait=$root/$krait; fi
fi
[ "$verbose" = 1 ] && show_max=1000000000

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpu_limit=${KRAIT_TEST_CPU_LIMIT:-10}   # seconds of CPU per krait run

passed=0 failed=0 shown=0
carets=()

# show_dump_diff EXPECTED ACTUAL: where two one-line dumps first differ
show_dump_diff() {
  local where off=1 from na nb
  where=$(cmp "$1" "$2" 2>&1 | head -n 1)
  if [[ $where =~ differ:\ [a-z]+\ ([0-9]+) ]]; then
    off=${BASH_REMATCH[1]}
  elif [[ $where =~ EOF\ on\ ([^ ]+) ]]; then   # one is a prefix of the other
    na=$(wc -c <"$1"); nb=$(wc -c <"$2")
    off=$(( (na < nb ? na : nb) + 1 ))
  fi
  from=$((off > 60 ? off - 60 : 1))
  echo "    first difference at byte $off:"
  echo "    expected: ...$(tail -c +$from "$1" | head -c 160 | tr '\n' '$')"
  echo "    actual:   ...$(tail -c +$from "$2" | head -c 160 | tr '\n' '$')"
}

# fail NAME REASON [dump|err|stderr [EXPECTED]]: count and report a failure
fail() {
  failed=$((failed + 1))
  echo "FAIL $1: $2"
  if [ $shown -lt $show_max ] && [ -n "${3:-}" ]; then
    shown=$((shown + 1))
    case $3 in
      dump) show_dump_diff "$4" "$tmp/out" ;;
      err) diff -u "$4" "$tmp/err" | sed -n '3,40s/^/    /p' ;;
      stderr) sed -n '1,8s/^/    | /p' "$tmp/err" ;;
    esac
  fi
}

# same A B: byte-exact equality; bash builtins only in the common case (no NUL bytes)
same() {
  local a b
  if IFS= read -r -d '' a <"$1" || IFS= read -r -d '' b <"$2"; then
    cmp -s "$1" "$2"   # a NUL byte: let cmp decide
    return
  fi
  [[ $a == "$b" ]]
}

# run_krait ARGS...: krait with a CPU time limit, stdout/stderr to $tmp/out, $tmp/err
# (the outer 2>/dev/null silences bash's own "Segmentation fault" job reports)
run_krait() {
  { (ulimit -t "$cpu_limit" 2>/dev/null; exec "$krait" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null); } 2>/dev/null
}

# same_but_carets EXPECTED ACTUAL: equal once the caret lines (only blanks and
# ^) are dropped from both, so a missing or extra caret line counts as a caret
# difference too
same_but_carets() {
  cmp -s <(sed -E '/^[[:space:]]*\^+$/d' "$1") <(sed -E '/^[[:space:]]*\^+$/d' "$2")
}

rc_text() {
  case $1 in
    152) echo "CPU time limit exceeded (${cpu_limit}s)" ;;
    12[6-7]) echo "could not run $krait (exit $1)" ;;
    1[3-9][0-9]) echo "killed by signal $(($1 - 128))" ;;
    *) echo "exit $1" ;;
  esac
}

if [ ! -x "$krait" ] || [ -d "$krait" ]; then
  n=0
  for f in "$here"/{ok,compile_err,err}/*.py; do
    t=${f#"$here"/}
    [[ $t == *$pattern* ]] && n=$((n + 1))
  done
  echo "run.sh: no krait executable at $krait (build it first)"
  echo "0 passed, $n failed"
  exit 1
fi

for dir in ok compile_err err; do
  [ -d "$here/$dir" ] || continue
  cd "$here/$dir" || exit 2
  for name in *.py; do
    [ -e "$name" ] || continue
    t=$dir/$name
    [[ $t == *$pattern* ]] || continue
    if [ "$dir" = err ]; then
      exp=$name.err
      [ -f "$exp" ] || { fail "$t" "no expected file $t.err (run tests/parse/gen_expected.sh)"; continue; }
      run_krait parse "$name"
      rc=$?
      if [ $rc -ne 1 ]; then
        fail "$t" "$(rc_text $rc), expected exit 1 with a syntax error" err "$exp"
      elif same "$exp" "$tmp/err"; then
        passed=$((passed + 1))
      elif same_but_carets "$exp" "$tmp/err"; then
        passed=$((passed + 1))
        carets+=("$t")
      else
        fail "$t" "stderr differs" err "$exp"
      fi
    else
      exp=$name.out
      [ -f "$exp" ] || { fail "$t" "no expected file $t.out (run tests/parse/gen_expected.sh)"; continue; }
      run_krait parse --dump "$name"
      rc=$?
      if [ $rc -ne 0 ]; then
        fail "$t" "$(rc_text $rc), expected exit 0" stderr
      elif same "$exp" "$tmp/out"; then
        passed=$((passed + 1))
      else
        fail "$t" "dump differs" dump "$exp"
      fi
    fi
  done
done

for t in "${carets[@]}"; do echo "caret differs: $t"; done
[ ${#carets[@]} -gt 0 ] && echo "(${#carets[@]} caret differences)"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
