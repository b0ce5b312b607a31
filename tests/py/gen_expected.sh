#!/usr/bin/env bash
# Regenerates the expected outputs of tests/py with CPython 3.14 (the
# cpython314 oracle).  Needed only when adding or changing tests, never to run
# them (that is run.sh).
#
#   tests/py/gen_expected.sh [-k PATTERN] [-q]
#
# For every AREA/NAME.py (except sandbox/, whose expected outputs are krait's
# own, written by hand) it writes
#   AREA/NAME.py.out   stdout of `python3.14 NAME.py` run with cwd = AREA/
#   AREA/NAME.py.err   its stderr, only when not empty (else removed)
#   AREA/NAME.py.rc    its exit status, only when not 0 (else removed)
# -k PATTERN regenerates only the files whose "AREA/NAME.py" matches the glob
# *PATTERN*.  It then lists the files that exited non-zero or wrote to stderr
# (-q: only their count), so they can be checked to be meant, and complains
# about outputs that cannot be deterministic (memory addresses).
#
# The oracle is $CPYTHON314, else ../shared/tools/cpython314 beside the repo.
# Its recursion limit is 500: tests must not depend on the exact depth.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
oracle=${CPYTHON314:-$root/../shared/tools/cpython314}
[ -x "$oracle" ] || oracle=/work/shared/tools/cpython314
pattern="" quiet=0
while [ $# -gt 0 ]; do
  case $1 in
    -k) pattern=$2; shift ;;
    -k*) pattern=${1#-k} ;;
    -q) quiet=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "usage: $0 [-k PATTERN] [-q]" >&2; exit 2 ;;
  esac
  shift
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

areas=()
for d in "$here"/*/; do
  area=$(basename "$d")
  [ "$area" = sandbox ] && continue
  files=()
  for f in "$d"*.py; do
    [ -e "$f" ] || continue
    [[ "$area/${f##*/}" == *$pattern* ]] || continue
    files+=("$f")
  done
  [ ${#files[@]} -gt 0 ] || continue
  printf '%s\n' "${files[@]}" >"$tmp/$area.list"
  areas+=("$area")
done
if [ ${#areas[@]} -eq 0 ]; then echo "no test files match" >&2; exit 1; fi

# Outside stdlib_later/ (and sandbox/) a test may import only sys and typing
# (and modules named nonexistent*, which exist to fail).
lint=0
for area in "${areas[@]}"; do
  [ "$area" = stdlib_later ] && continue
  while IFS= read -r f; do
    bad=$(grep -nE '^[[:space:]]*(import|from)[[:space:]]+' "$f" \
          | grep -vE '(import|from)[[:space:]]+(sys|typing|nonexistent[A-Za-z0-9_.]*)([[:space:]]|,|$)' || true)
    if [ -n "$bad" ]; then
      echo "gen_expected: $area/${f##*/} imports a module other than sys/typing (move it to stdlib_later/):" >&2
      echo "$bad" | sed 's/^/    /' >&2
      lint=1
    fi
  done <"$tmp/$area.list"
done
[ $lint -eq 0 ] || exit 1

# One oracle process per area (file names are unique only within an area),
# two at a time.
printf '%s\n' "${areas[@]}" | xargs -P 2 -I{} sh -c \
  'xargs "$0" --out "$1/res/{}" <"$1/{}.list" >"$1/{}.log" 2>&1 || { echo "oracle failed on area {}:"; cat "$1/{}.log"; }' \
  "$oracle" "$tmp"

written=0 problems=0
: >"$tmp/nonzero"
for area in "${areas[@]}"; do
  while IFS= read -r f; do
    name=${f##*/}
    res=$tmp/res/$area/$name
    if [ ! -f "$res.out" ]; then
      echo "gen_expected: no result for $area/$name" >&2; problems=$((problems + 1)); continue
    fi
    cp "$res.out" "$f.out"; written=$((written + 1))
    if [ -s "$res.err" ]; then cp "$res.err" "$f.err"; else rm -f "$f.err"; fi
    rc=$(cat "$res.rc")
    if [ "$rc" != 0 ]; then echo "$rc" >"$f.rc"; else rm -f "$f.rc"; fi
    if [ "$rc" != 0 ] || [ -s "$res.err" ]; then
      last=$(tail -n 1 "$res.err" 2>/dev/null | cut -c1-100)
      echo "  $area/$name: exit $rc: $last" >>"$tmp/nonzero"
    fi
    if grep -qE ' at 0x[0-9a-f]+' "$res.out" "$res.err"; then
      echo "gen_expected: $area/$name: output shows a memory address (not deterministic)" >&2
      problems=$((problems + 1))
    fi
  done <"$tmp/$area.list"
done

if [ -z "$pattern" ]; then  # full run: drop expected files whose source is gone
  for d in "$here"/*/; do
    [ "$(basename "$d")" = sandbox ] && continue
    for e in "$d"*.py.out "$d"*.py.err "$d"*.py.rc; do
      [ -e "$e" ] || continue
      src=${e%.*}
      if [ ! -f "$src" ]; then rm -f "$e"; echo "gen_expected: removed stale ${e#$here/}" >&2; fi
    done
  done
fi

n=$(wc -l <"$tmp/nonzero")
if [ "$quiet" = 1 ]; then
  echo "gen_expected: $n file(s) exited non-zero or wrote to stderr" >&2
else
  echo "gen_expected: files that exited non-zero or wrote to stderr ($n):" >&2
  cat "$tmp/nonzero" >&2
fi
msg=""; [ $problems -gt 0 ] && msg=", $problems problem(s)"
echo "gen_expected: wrote $written expected outputs$msg" >&2
[ $problems -eq 0 ]
