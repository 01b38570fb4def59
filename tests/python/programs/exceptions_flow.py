def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    if n == 2:
        return "ok"
    raise RuntimeError("other")
log = []
for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        log.append(("value", str(e)))
    except (TypeError, KeyError) as e:
        log.append(("type-or-key", str(e)))
    except Exception as e:
        log.append(("generic", type(e).__name__))
    else:
        log.append(("else", r))
    finally:
        log.append(("finally", n))
print(log)
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("middle")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e, "context:", repr(e.__context__))
        return "returned"
    finally:
        print("outer finally")
print(nested())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("loop finally", i)
    return "swallowed"
print(swallow())
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "success after %d" % attempts
for _ in range(5):
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying:", r)
try:
    raise Exception("a", "b", 3)
except Exception as e:
    print(e.args, str(e), len(e.args))
