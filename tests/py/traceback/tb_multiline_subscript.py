def g(d):
    return d["x"][
        "y"]
g({"x": {}})
