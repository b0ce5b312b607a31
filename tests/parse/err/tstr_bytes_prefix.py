x = bt"invalid"
