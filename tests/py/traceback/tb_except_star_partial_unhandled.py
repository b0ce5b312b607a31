def task(i):
    if i % 2:
        raise ValueError(i)
    raise TypeError(i)
errs = []
for i in range(4):
    try:
        task(i)
    except Exception as e:
        errs.append(e)
try:
    raise ExceptionGroup("tasks", errs)
except* ValueError as v:
    print("values", v.exceptions)
