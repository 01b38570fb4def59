# a metaclass's properties and __setattr__ apply to its classes' attributes
class Meta(type):
    _registry = []

    @property
    def kind(cls):
        return "kind of " + cls.__name__

    @property
    def label(cls):
        return cls.__dict__.get("_label", "?")

    @label.setter
    def label(cls, value):
        print("set label", value)
        type.__setattr__(cls, "_label", value.upper())

    def __setattr__(cls, name, value):
        if name.startswith("frozen"):
            raise AttributeError("cannot set %s on %s" % (name, cls.__name__))
        Meta._registry.append(name)
        super().__setattr__(name, value)


class Model(metaclass=Meta):
    kind = "class attribute"   # the metaclass's data descriptor wins over it
    x = 1


print(Model.kind, Model.x)
Model.y = 2
setattr(Model, "z", 3)
print(Model.y, Model.z, Meta._registry)
Model.label = "abc"
print(Model.label, Model._label)
try:
    Model.frozen_thing = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Model.kind = "new"
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Model):
    pass


Sub.w = 5
print(Sub.kind, Sub.w, Sub.x, Meta._registry)
m = Model()
print(m.kind, m.x)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
type.__setattr__(Sub, "v", 9)
print(Sub.v, Meta._registry)
