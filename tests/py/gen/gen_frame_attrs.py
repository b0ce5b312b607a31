def g(a):
    x = a + 1
    yield x
    yield 2
it = g(1)
f = it.gi_frame
print(f is it.gi_frame, f.f_lineno, f.f_code.co_name, f.f_locals)
next(it)
print(f.f_lineno, f.f_locals, it.gi_suspended, it.gi_running)
list(it)
print(it.gi_frame, it.gi_suspended)
