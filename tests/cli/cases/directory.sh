# A directory is not a source file: the OS error, exit 2.
"$KRAIT" parse .
