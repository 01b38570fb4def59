class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit sees", args[0].__name__)
        return False
with Ctx():
    {}["k"]
