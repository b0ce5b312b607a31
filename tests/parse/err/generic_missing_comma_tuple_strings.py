t = ("a" "b" c)
