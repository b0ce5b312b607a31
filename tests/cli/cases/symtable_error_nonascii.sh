# Scope errors carry byte offsets, which CPython shows unconverted: on a line
# with non-ASCII text its carets sit further right, and so do krait's.
"$KRAIT" symtable scope_error_nonascii.py
