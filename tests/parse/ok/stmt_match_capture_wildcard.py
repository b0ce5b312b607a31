match command:
    case name:
        print(name)
match command:
    case _:
        pass
match command:
    case [_, _, *_]:
        pass
    case (first, _):
        pass
    case {"k": _, **rest}:
        pass
    case Point(x=_, y=y):
        pass
