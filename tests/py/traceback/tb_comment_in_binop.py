def cm():
    return (1  # comment
            + None)
cm()
