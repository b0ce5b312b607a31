try:
    with open(p) as f, lock:
        data = f.read()
except OSError as e:
    with suppress(Exception):
        log(e)
else:
    with (
        a as b,
    ):
        pass
finally:
    with c: pass
