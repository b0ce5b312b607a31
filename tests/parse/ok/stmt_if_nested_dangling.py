if a:
    if b:
        pass
    else:
        pass
else:
    if c:
        pass
    elif d:
        if e: pass
        else: pass
    else:
        pass
