def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero!")
        return None
    except TypeError as e:
        print("type problem:", e)
        raise
    else:
        print("result is", result)
        return result
    finally:
        print("executing finally clause")
print(divide(2, 1))
print(divide(2, 0))
try:
    divide("2", "1")
except TypeError:
    print("re-raised TypeError caught outside")
def cleanup_order():
    out = []
    try:
        try:
            out.append("try")
            raise ValueError
        finally:
            out.append("inner finally")
    except ValueError:
        out.append("except")
    finally:
        out.append("outer finally")
    return out
print(cleanup_order())
