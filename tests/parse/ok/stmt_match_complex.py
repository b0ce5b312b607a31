match z:
    case 1j:
        pass
    case -1j:
        pass
    case 1+2j:
        pass
    case 1-2j:
        pass
    case -1+2j:
        pass
    case -1-2j:
        pass
    case 1.5+0.5j:
        pass
    case -0.0-0j:
        pass
    case 3 + 4J:
        pass
    case 0+1e3j:
        pass
