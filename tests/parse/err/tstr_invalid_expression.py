x = t"{a b}"
