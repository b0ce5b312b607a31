# A syntax error: CPython's report on stderr, exit 1.
"$KRAIT" parse bad_if.py
