foo(a, b, c, d, e, f, g, h, i, j, k) iff x else y
