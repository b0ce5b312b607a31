x = ut"x"
