type X.Y = int
