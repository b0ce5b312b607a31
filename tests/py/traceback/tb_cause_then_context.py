try:
    1/0
except Exception as e:
    try:
        raise KeyError("a") from e
    except KeyError as k:
        raise ValueError("b")
