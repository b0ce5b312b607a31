assert 1 == 2, "math broke"
