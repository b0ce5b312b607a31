match (a, b)
match[a, b]
match (a)
match(a).b
match * a
match -a
match [a]
match
match.match
match (x):
    case 1: pass
match x,y:
    case z: pass
match -1:
    case -1: pass
match [a] :
    case [b]: pass
match {a}:
    case _: pass
