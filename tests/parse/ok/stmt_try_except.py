try:
    risky()
except:
    handle()
try:
    risky()
except ValueError:
    pass
try:
    risky()
except (ValueError, TypeError):
    pass
try:
    risky()
except ValueError as e:
    log(e)
except (KeyError, IndexError) as e:
    log(e)
except Exception:
    raise
except:
    pass
try: a()
except E: b()
