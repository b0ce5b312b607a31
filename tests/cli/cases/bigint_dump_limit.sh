# Dumping an int literal of more than 4300 decimal digits fails as CPython's
# ast.dump does (ValueError from the int-to-str limit); parsing it is fine.
t=${TMPDIR:-/tmp}/krait-bigint.$$
{ printf 'x = 0x'; head -c 4000 /dev/zero | tr '\0' 'f'; echo; } > "$t"
"$KRAIT" parse "$t"; echo "parse exit $?"
"$KRAIT" parse --dump "$t"; echo "dump exit $?"
printf 'x = 0xffffffffffffffffffffffffffffffff\n' > "$t"
"$KRAIT" parse --dump "$t"
rm -f "$t"
