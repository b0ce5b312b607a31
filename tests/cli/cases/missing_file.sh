# A file that does not exist is reported as CPython reports it.
"$KRAIT" parse does-not-exist.py
