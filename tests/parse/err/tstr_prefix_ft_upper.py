x = Tf"x"
