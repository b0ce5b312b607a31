x = 'éééé'; nonlocal y
