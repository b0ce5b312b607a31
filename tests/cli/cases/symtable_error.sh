# A scope error is reported as CPython's compiler reports it.
"$KRAIT" symtable scope_error.py
