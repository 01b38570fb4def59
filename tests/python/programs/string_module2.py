import string
print(string.ascii_letters, string.ascii_uppercase, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
t = string.Template("Dear $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount=10), t.substitute({"name": "Bob", "amount": 5}))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print(t.safe_substitute(name="Cy"), t.template)
print(string.capwords("the quick  brown fox"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3), f.format("{x:>5}|", x="r"))
print([c for c in "Hello, World!" if c in string.ascii_lowercase])
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table), "uryyb jbeyq".translate(table))
