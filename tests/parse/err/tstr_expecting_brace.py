x = t"{a"
