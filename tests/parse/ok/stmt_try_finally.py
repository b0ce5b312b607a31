try:
    work()
finally:
    cleanup()
try:
    work()
except Exception:
    pass
finally:
    cleanup()
try: x = 1
finally: y = 2
