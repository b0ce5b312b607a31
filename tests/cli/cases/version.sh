# `krait version` prints the library's version.
"$KRAIT" version
