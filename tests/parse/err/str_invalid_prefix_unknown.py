x = k"invalid"
