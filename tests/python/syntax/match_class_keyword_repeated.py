match x:
    case C(x=1, x=2):
        pass
