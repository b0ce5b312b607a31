x = tb"x"
