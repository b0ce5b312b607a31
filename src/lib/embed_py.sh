#!/bin/sh
# Regenerates src/lib/typing_py.h, the C string of src/lib/typing.py that
# typing.c compiles when a program imports typing.  Run after editing
# typing.py: sh src/lib/embed_py.sh
set -e
dir=$(dirname "$0")
{
  echo "/* Generated from typing.py by embed_py.sh: do not edit. */"
  echo "static const char typing_py_src[] ="
  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/    "/' -e 's/$/\\n"/' "$dir/typing.py"
  echo "    ;"
} >"$dir/typing_py.h"
