x = ur"invalid"
