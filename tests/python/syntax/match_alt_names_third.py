match x:
    case [1, a] | [a, 2] | [b, 3]:
        pass
