match x:
    case 0:
        pass
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5e3:
        pass
    case 0x1F:
        pass
    case 0o17:
        pass
    case 0b101:
        pass
    case 1_000_000:
        pass
    case "string":
        pass
    case b"bytes":
        pass
    case "implicit" "concat":
        pass
    case r"raw\d":
        pass
    case -0:
        pass
