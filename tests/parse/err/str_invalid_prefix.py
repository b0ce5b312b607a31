x = ub"invalid"
