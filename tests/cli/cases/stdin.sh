# "-" reads the source from standard input.
echo 'x = 1 + 2' | "$KRAIT" parse --dump -
