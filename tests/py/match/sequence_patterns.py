def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first={first} rest={rest}"
print(shape([]), shape([1]), shape((1, 2)), shape([1, 2, 3]), shape(list(range(7))))
print(shape("ab"), shape(b"ab"), shape(range(2)), shape({1, 2}) if False else "")
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(x, y), *_]:
            return f"pair first {x},{y}"
        case [*_, [*inner]]:
            return f"last is seq {inner}"
        case _:
            return "nope"
print(nested([[1, 2], [3, 4]]), nested([(1, 2), 5]), nested([0, [9, 8]]), nested([1]))
def star_positions(v):
    match v:
        case [*init, 0]:
            return f"ends in zero after {init}"
        case [1, *_, 1]:
            return "bookended by ones"
        case [*all_]:
            return f"any sequence {all_}"
print(star_positions([3, 0]), star_positions([1, 5, 6, 1]), star_positions([1]), star_positions((2, 3)))
def strs(v):
    match v:
        case [a, b, c]:
            return "three-seq"
        case str():
            return "a string (not a sequence pattern target)"
print(strs("abc"), strs(["a", "b", "c"]))
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?")
    case _:
        print("iterators are not sequences")
