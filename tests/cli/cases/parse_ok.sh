# A valid file: no output, exit 0; --dump prints the AST.
"$KRAIT" parse hello.py && "$KRAIT" parse --dump hello.py
