# `krait run` says clearly that execution is not available yet.
"$KRAIT" run hello.py
