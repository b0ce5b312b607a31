x = bf"invalid"
