x = f"""abc {x}

y = 1
