@simple
def a(): pass
@dotted.name.chain
def b(): pass
@call(1, 2, key="v")
def c(): pass
@dotted.call(x)(y)
def d(): pass
@items[0]
def e(): pass
@lambda f: f
def g(): pass
@(yield_decorator)
def h(): pass
@a if b else c
def i(): pass
@x := make()
def j(): pass
@registry["handlers"].register
def k(): pass
@first
@second(arg)
@third.attr
class Decorated: pass
@ (spaced)
def l(): pass
@a.b[c](d).e
def m(): pass
@not_a or b
def n(): pass
@a + b
def o(): pass
