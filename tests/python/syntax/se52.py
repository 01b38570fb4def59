# a complex literal pattern needs an imaginary part
x = 2
match x:
    case 1:
        pass
    case -1 + 1:
        pass
