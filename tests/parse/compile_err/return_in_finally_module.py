try:
    pass
finally:
    return
