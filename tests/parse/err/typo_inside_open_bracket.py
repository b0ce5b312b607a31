items = [
    x forr x in range(10)
]
