class MyErr(Exception):
    pass
class Outer:
    class Inner(Exception):
        pass
try:
    raise MyErr("m")
except MyErr:
    raise Outer.Inner("i")
