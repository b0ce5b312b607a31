#!/usr/bin/env bash
# Benchmarks, each measured against CPython in the same run.  Needs python3
# (CPython) on the machine; not part of the tests or CI.
#
#   parse: krait's parser vs CPython's ast.parse on several MB of real Python
#          (the standard library of the local CPython, concatenated).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=bench/out
mkdir -p "$out"
py=${PYTHON:-python3}
command -v "$py" >/dev/null || { echo "bench: needs $py (CPython) to compare against" >&2; exit 2; }
make -s build/libkrait.a build/krait
cc -std=gnu11 -O2 -Iinclude -Isrc -o "$out/parse_bench" bench/parse_bench.c build/libkrait.a -lm

# The input: every stdlib module both parsers accept, up to ~8 MB.
big=$out/big.py
if [ ! -s "$big" ]; then
    stdlib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
    : > "$big"
    for f in "$stdlib"/*.py "$stdlib"/*/*.py; do
        [ "$(stat -c %s "$big")" -gt 8000000 ] && break
        build/krait parse "$f" >/dev/null 2>&1 || continue
        "$py" -c 'import ast,sys; ast.parse(open(sys.argv[1],"rb").read())' "$f" 2>/dev/null || continue
        cat "$f" >> "$big"; printf '\n' >> "$big"
    done
fi
echo "input: $big ($(stat -c %s "$big") bytes, $(wc -l < "$big") lines)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
k=$("$out/parse_bench" "$big")
c=$("$py" - "$big" <<'PY'
import ast, sys, time
data = open(sys.argv[1], "rb").read()
best = 1e30; start = time.perf_counter(); reps = 0
while reps < 3 or (time.perf_counter() - start < 3 and reps < 50):
    t0 = time.perf_counter(); ast.parse(data); t = time.perf_counter() - t0
    best = min(best, t); reps += 1
print("%.1f MB/s  (best of %d: %.1f ms)" % (len(data) / best / 1e6, reps, best * 1e3))
PY
)
kr=${k%% MB/s*}; cr=${c%% MB/s*}
echo "krait parse:           $k"
echo "$("$py" -c 'import platform; print("CPython " + platform.python_version())') ast.parse: $c"
awk -v a="$kr" -v b="$cr" 'BEGIN { printf "ratio: krait is %.2fx CPython ast.parse\n", a / b }'
