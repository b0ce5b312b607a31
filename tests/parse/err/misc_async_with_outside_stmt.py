async with = 1
