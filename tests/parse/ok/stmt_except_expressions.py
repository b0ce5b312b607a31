try:
    pass
except errors.NotFound:
    pass
except get_errors()[0]:
    pass
except (a.B, c.D) as exc:
    pass
except tuple(ERRORS) as e:
    pass
except (A if cond else B):
    pass
