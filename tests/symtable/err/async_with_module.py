async with cm:
    pass
