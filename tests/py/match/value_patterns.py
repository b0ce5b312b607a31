class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Status:
    OK = 200
    NOT_FOUND = 404
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "calm"
        case _:
            return "unknown"
print([paint(c) for c in ["red", "green", "blue", "cyan", "pink"]])
def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case n if 500 <= n < 600:
            return "server error"
    return "fallthrough"
print(http(200), http(404), http(503), http(302))
import sys
match sys.version_info.major:
    case 3:
        print("dotted name from module works")
