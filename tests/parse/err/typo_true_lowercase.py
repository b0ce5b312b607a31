while true
    pass
