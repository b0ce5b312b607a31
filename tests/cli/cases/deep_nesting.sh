# Pathologically deep sources end in CPython's errors, never a crash: the
# parser and the dumper bound their depth and keep their C stack small
# (checked with a 1 MB stack).
ulimit -s 1024
t=${TMPDIR:-/tmp}/krait-deep.$$
rep() { head -c "$2" /dev/zero | tr '\0' "$1"; }
try() { "$KRAIT" "$@" "$t" 2>&1 | tail -n 1; echo "exit ${PIPESTATUS[0]}"; }
{ rep '(' 100000; rep ')' 100000; } > "$t"; try parse
{ rep '-' 100000; echo 1; } > "$t"; try parse
{ printf 'x = a'; for i in $(seq 2000); do printf '.b.b.b.b.b'; done; echo; } > "$t"; try parse; try parse --dump; try symtable
{ printf 'x = a'; for i in $(seq 20000); do printf '+a'; done; echo; } > "$t"; try parse --dump
{ printf 'x = f'; rep '(' 1 ; for i in $(seq 5000); do printf ')()('; done; echo ')'; } > "$t"; try parse
rm -f "$t"
