class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price) == (other.name, other.price)
    def __hash__(self):
        return hash((self.name, self.price))
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item
        return self
    def remove(self, name, qty):
        it = self._items[name]
        if qty > it.qty:
            raise ValueError(f"only {it.qty} {name} left")
        it.qty -= qty
        if it.qty == 0:
            del self._items[name]
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))
    def __contains__(self, name):
        return name in self._items
    def value(self):
        return sum(i.total for i in self)
inv = Inventory()
inv.add(Item("apple", 0.5, 10)).add(Item("pear", 0.75, 4)).add(Item("apple", 0.5, 5))
print(len(inv), list(inv), inv.value(), "apple" in inv)
inv.remove("pear", 4)
print(list(inv), "pear" in inv)
try:
    inv.remove("apple", 100)
except ValueError as e:
    print("error:", e)
try:
    inv.remove("kiwi", 1)
except KeyError as e:
    print("missing:", e)
print({Item("a", 1), Item("a", 1), Item("b", 2)} == {Item("a", 1), Item("b", 2)})
class Discounted(Item):
    def __init__(self, name, price, qty, pct):
        super().__init__(name, price, qty)
        self.pct = pct
    @property
    def total(self):
        return round(super().total * (1 - self.pct / 100), 2)
d = Discounted("tv", 300, 2, 15)
print(d.total, d, isinstance(d, Item), Discounted.__mro__[1].__name__)
