x = rf"{x!}"
