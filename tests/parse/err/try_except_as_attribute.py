try:
    pass
except ValueError as e.attr:
    pass
