items = [
    "one",
    "two"
    three,
]
