#!/usr/bin/env bash
# Language and built-ins conformance tests: `krait run NAME.py` against the
# behaviour of CPython 3.14 (expected files made by gen_expected.sh).
#
#   tests/py/run.sh [-v] [-k PATTERN] [-j N] [--sandbox] [--stdlib] [--all] [KRAIT]
#
# KRAIT defaults to $KRAIT, else build/krait in the repo root; works from any cwd.
# Every tests/py/AREA/NAME.py runs as `KRAIT run NAME.py` with cwd = AREA/,
# stdin from /dev/null and a 10 s timeout.  It passes when
#   stdout    == NAME.py.out  byte for byte,
#   stderr    == NAME.py.err  (empty when that file is absent), and
#   exit code == NAME.py.rc   (0 when that file is absent).
# A file with no NAME.py.out fails ("no expected output").
# Areas sandbox/ (krait deliberately differs from CPython; see its README) and
# stdlib_later/ (modules that come later) run only with --sandbox, --stdlib
# or --all.  -k runs the files whose "AREA/NAME.py" matches the glob *PATTERN*.
# Programs listed in known_failing.txt (one AREA/NAME.py per line; # comments)
# are what krait cannot run correctly yet: they still run, but a failure is
# counted apart ("N known failures") and does not fail the suite, and one
# that passes is reported as "FIXED" so the list can shrink (--update-known
# rewrites the list to exactly the failing programs of this run).
# -v shows a diff for every failure (default: the first 10).  -j N runs N files
# at once (default: the number of CPUs).  The last line is "N passed, N failed";
# exits 1 if anything failed.
set -u
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
verbose=0 pattern="" krait=${KRAIT:-} show_max=10 jobs="" sandbox=0 stdlib=0 update_known=0
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 ;;
    -k) [ $# -ge 2 ] || { echo "run.sh: -k needs a pattern" >&2; exit 2; }; pattern=$2; shift ;;
    -k*) pattern=${1#-k} ;;
    -j) [ $# -ge 2 ] || { echo "run.sh: -j needs a number" >&2; exit 2; }; jobs=$2; shift ;;
    -j*) jobs=${1#-j} ;;
    --sandbox) sandbox=1 ;;
    --stdlib) stdlib=1 ;;
    --all) sandbox=1; stdlib=1 ;;
    --update-known) update_known=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "usage: $0 [-v] [-k PATTERN] [-j N] [--sandbox] [--stdlib] [--all] [KRAIT]" >&2; exit 2 ;;
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
if [ -z "$jobs" ]; then
  jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null || echo 2)
fi
if [ ! -x "$krait" ]; then
  echo "run.sh: no krait executable at $krait (build it first)" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The list of tests, as AREA/NAME.py relative to $here.
: >"$tmp/list"
for d in "$here"/*/; do
  area=$(basename "$d")
  case $area in
    sandbox) [ $sandbox = 1 ] || continue ;;
    stdlib_later) [ $stdlib = 1 ] || continue ;;
  esac
  for f in "$d"*.py; do
    [ -e "$f" ] || continue
    t=$area/${f##*/}
    [[ $t == *$pattern* ]] || continue
    echo "$t" >>"$tmp/list"
  done
done

# The worker: runs its arguments (AREA/NAME.py ...) and leaves, for test
# number i (its line in the list), $tmp/res/ID.r holding "PASS" or
# "FAIL REASON" and, on failure, $tmp/res/ID.d with the details.
cat >"$tmp/worker.sh" <<'EOF'
here=$1 krait=$2 tmp=$3; shift 3
to=()
command -v timeout >/dev/null 2>&1 && to=(timeout 10)
out=$tmp/res/out.$$ err=$tmp/res/err.$$
for t in "$@"; do
  id=${t//\//__}
  r=$tmp/res/$id
  area=${t%%/*} name=${t#*/}
  exp=$here/$t
  if [ ! -f "$exp.out" ]; then
    if [ "$area" = sandbox ]; then how="written by hand: see sandbox/README.md"; else how="run tests/py/gen_expected.sh"; fi
    echo "FAIL no expected output $t.out ($how)" >"$r.r"; continue
  fi
  cd "$here/$area" || { echo "FAIL cannot cd to $area" >"$r.r"; continue; }
  "${to[@]}" "$krait" run "$name" </dev/null >"$out" 2>"$err"
  rc=$?
  want_rc=0
  [ -f "$exp.rc" ] && read -r want_rc <"$exp.rc"
  reasons=""
  if ! cmp -s "$exp.out" "$out"; then
    reasons="stdout differs"
    { echo "--- stdout (expected / actual)"; diff -u "$exp.out" "$out" | sed -n '3,22p'; } >>"$r.d"
  fi
  if [ -f "$exp.err" ]; then
    cmp -s "$exp.err" "$err"; same=$?
  elif [ -s "$err" ]; then
    same=1
  else
    same=0
  fi
  if [ "$same" != 0 ]; then
    reasons="${reasons:+$reasons, }stderr differs"
    experr=$exp.err; [ -f "$experr" ] || experr=/dev/null
    { echo "--- stderr (expected / actual)"; diff -u "$experr" "$err" | sed -n '3,22p'; } >>"$r.d"
  fi
  if [ "$rc" != "$want_rc" ]; then
    case $rc in
      124) what="timed out" ;;
      126|127) what="could not run krait (exit $rc)" ;;
      1[3-9][0-9]) what="killed by signal $((rc - 128))" ;;
      *) what="exit $rc" ;;
    esac
    reasons="${reasons:+$reasons, }$what, expected exit $want_rc"
  fi
  if [ -z "$reasons" ]; then echo PASS >"$r.r"; else echo "FAIL $reasons" >"$r.r"; fi
done
EOF
mkdir -p "$tmp/res"
if [ -s "$tmp/list" ]; then
  xargs -P "$jobs" -n 16 bash "$tmp/worker.sh" "$here" "$krait" "$tmp" <"$tmp/list"
fi

known_file=$here/known_failing.txt
declare -A known=()
if [ -f "$known_file" ]; then
  while IFS= read -r line; do
    line=${line%%#*}; line=${line// /}
    [ -n "$line" ] && known[$line]=1
  done <"$known_file"
fi
passed=0 failed=0 shown=0 xfail=0 fixed=0
: >"$tmp/failing"
while IFS= read -r t; do
  id=${t//\//__}
  r=$tmp/res/$id
  res="FAIL not run"
  [ -f "$r.r" ] && read -r res <"$r.r"
  [ "$res" = PASS ] || echo "$t" >>"$tmp/failing"
  if [ "$res" = PASS ]; then
    passed=$((passed + 1))
    if [ -n "${known[$t]:-}" ]; then
      fixed=$((fixed + 1))
      echo "FIXED $t (listed in known_failing.txt but passes)"
    fi
    [ $verbose = 1 ] && echo "ok   $t"
  elif [ -n "${known[$t]:-}" ]; then
    xfail=$((xfail + 1))
    [ $verbose = 1 ] && echo "known $t: ${res#FAIL }"
  else
    failed=$((failed + 1))
    echo "FAIL $t: ${res#FAIL }"
    if [ $shown -lt $show_max ] && [ -s "$r.d" ]; then
      shown=$((shown + 1))
      sed 's/^/    /' "$r.d"
    fi
  fi
done <"$tmp/list"
if [ $update_known = 1 ] && [ -n "$pattern" ]; then
  echo "run.sh: --update-known needs the whole suite (no -k)" >&2
elif [ $update_known = 1 ]; then
  { echo "# Programs of tests/py that krait does not run correctly yet (run.sh"
    echo "# counts them apart).  Regenerate: tests/py/run.sh --update-known"
    sort "$tmp/failing"; } >"$known_file"
fi
[ $xfail -gt 0 ] && echo "$xfail known failures (tests/py/known_failing.txt)"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
