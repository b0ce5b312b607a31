# `krait tokenize` lists tokens with their positions.
printf 'x = (1,\n  2)\n' | "$KRAIT" tokenize -
