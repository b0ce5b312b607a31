match shape:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case Point(x, y):
        pass
    case geometry.Circle(center=Point(x=cx, y=cy), radius=r):
        pass
    case Rect(Point(), Point(1, 2), width=w, height=h):
        pass
    case int():
        pass
    case str(s):
        pass
    case list([a, b]):
        pass
    case dict({"k": v}):
        pass
    case Point(x=1,):
        pass
    case Point(1,):
        pass
