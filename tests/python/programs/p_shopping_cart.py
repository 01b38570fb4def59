class Cart:
    TAX = 0.08
    def __init__(self):
        self.lines = {}
    def add(self, item, price, qty=1):
        p, q = self.lines.get(item, (price, 0))
        self.lines[item] = (price, q + qty)
    def remove(self, item, qty=1):
        price, q = self.lines[item]
        if q <= qty:
            del self.lines[item]
        else:
            self.lines[item] = (price, q - qty)
    def subtotal(self):
        return sum(p * q for p, q in self.lines.values())
    def total(self, coupon=None):
        s = self.subtotal()
        if coupon == "HALF":
            s /= 2
        elif coupon == "TEN" and s > 50:
            s -= 10
        return round(s * (1 + self.TAX), 2)
c = Cart()
c.add("book", 12.5, 2)
c.add("pen", 1.25, 10)
c.add("book", 12.5)
c.remove("pen", 4)
print(c.lines, c.subtotal(), c.total(), c.total("HALF"), c.total("TEN"))
c.remove("pen", 6)
print(c.lines, c.total())
try:
    c.remove("lamp")
except KeyError as e:
    print("no such item", e)
