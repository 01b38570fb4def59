class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__.lower()] = cls
    def run(self, data):
        raise NotImplementedError
class Upper(Plugin):
    def run(self, data):
        return data.upper()
class Reverse(Plugin, name="rev"):
    def run(self, data):
        return data[::-1]
class Repeat(Plugin):
    times = 2
    def run(self, data):
        return data * self.times
def pipeline(data, *names):
    for n in names:
        data = Plugin.plugins[n]().run(data)
    return data
print(sorted(Plugin.plugins), pipeline("abc", "upper", "rev", "repeat"))
try:
    pipeline("x", "missing")
except KeyError as e:
    print("unknown plugin", e)
