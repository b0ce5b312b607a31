try:
    pass
except ValueError, TypeError:
    pass
except KeyError, IndexError, AttributeError:
    pass
except (OSError, EOFError) as e:
    pass
try:
    pass
except A, B,:
    pass
