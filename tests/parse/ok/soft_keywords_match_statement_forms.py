match(x):
    case 1: pass
match[x]:
    case 1: pass
match -x:
    case 1: pass
match +x:
    case 1: pass
match ~x:
    case 1: pass
match {x}:
    case 1: pass
match "string":
    case "string": pass
match 1:
    case 1: pass
match x.y:
    case 1: pass
match (x, y):
    case 1: pass
