# Compile-time warnings go to stderr as CPython prints them for a script;
# the file is still valid (exit 0).
"$KRAIT" parse escape_warning.py
