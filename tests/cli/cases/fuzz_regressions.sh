# Inputs the fuzzer once crashed the parser with: each must now end in a
# parse or a reported error (exit 0 or 1), never a crash.
for f in ../../fuzz/regressions/*; do
    "$KRAIT" parse "$f" >/dev/null 2>&1
    rc=$?
    [ $rc -le 1 ] || echo "$(basename "$f"): exit $rc"
done
echo checked
