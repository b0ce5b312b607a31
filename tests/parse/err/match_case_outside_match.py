if x:
    case 1:
        pass
