x = ft"invalid"
