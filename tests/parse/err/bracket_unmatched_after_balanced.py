x = f(a)(b))
