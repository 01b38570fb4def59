# a complex literal pattern needs a real part first
match 2:
    case 1j + 1j:
        pass
