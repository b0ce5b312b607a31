def run(excs):
    try:
        raise ExceptionGroup("group", excs)
    except* ValueError as g:
        print("ValueErrors:", repr(g.exceptions))
    except* TypeError as g:
        print("TypeErrors:", repr(g.exceptions))
run([ValueError("v1"), TypeError("t1"), ValueError("v2")])
run([TypeError("only type")])
try:
    run([KeyError("unhandled"), ValueError("handled")])
except ExceptionGroup as eg:
    print("escaped:", repr(eg))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise KeyError("raised in handler")
except* KeyError as g:
    print("new exception from handler:", repr(g))
try:
    raise ExceptionGroup("nested", [ExceptionGroup("inner", [OSError("os"), ValueError("v")])])
except* OSError as g:
    print("OSError part:", repr(g))
except* ValueError as g:
    print("ValueError part:", repr(g))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* Exception as g:
    print("catch-all star:", repr(g))
else:
    print("no else")
finally:
    print("finally after except*")
