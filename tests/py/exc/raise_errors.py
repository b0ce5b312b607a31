try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise BadInit
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("msg") from "x"
except TypeError as e:
    print(type(e).__name__, e)
