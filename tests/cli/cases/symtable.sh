# `krait symtable` prints the scopes of a file and how each name resolves.
"$KRAIT" symtable hello.py
