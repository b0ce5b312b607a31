# `krait run` runs a script: its output; an uncaught exception's traceback
# on stderr with exit status 1; sys.exit's status and message; syntax
# errors reported as CPython reports them, status 1; a missing module;
# a missing argument (usage, status 2).
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
"$KRAIT" run hello.py; echo "exit $?"
cd "$d"
printf 'def f(x):\n    return 1 // x\nprint("before")\nf(0)\n' > boom.py
"$KRAIT" run boom.py; echo "exit $?"
printf 'import sys\nprint("bye")\nsys.exit(3)\n' > ex.py
"$KRAIT" run ex.py; echo "exit $?"
printf 'raise SystemExit("fatal: stop")\n' > ex2.py
"$KRAIT" run ex2.py; echo "exit $?"
printf 'x = (1,\n' > syn.py
"$KRAIT" run syn.py; echo "exit $?"
printf 'import os\n' > imp.py
"$KRAIT" run imp.py; echo "exit $?"
printf 'import sys\nprint(sys.argv[1:])\n' > args.py
"$KRAIT" run args.py one "two words"; echo "exit $?"
"$KRAIT" run; echo "exit $?"
