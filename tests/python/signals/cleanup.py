# finally blocks and __exit__ see the KeyboardInterrupt; except Exception does not catch it
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False


def inner():
    try:
        with Guard():
            try:
                print("ready", flush=True)
                x = 0
                while True:
                    x = (x + 1) % 1000
            except Exception:
                print("not an Exception")
    finally:
        print("finally ran")


try:
    inner()
except BaseException as e:
    print("outer got", type(e).__name__, isinstance(e, Exception))
