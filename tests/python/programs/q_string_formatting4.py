rows = [("Widget", 3, 4.5), ("Gadget, large", 12, 19.999), ("Thing", 100, 0.1)]
print("%-15s %5s %10s" % ("Item", "Qty", "Price"))
for name, q, p in rows:
    print("%-15.15s %5d %10.2f" % (name, q, p))
print("{:<15} {:>5} {:>10}".format("Item", "Qty", "Price"))
for name, q, p in rows:
    print("{:<15.15} {:>5d} {:>10.2f}".format(name, q, p))
print("{0:*^20}".format(" total "), "{:08.3f}".format(-3.14159), "{:+}".format(7), "{:x}/{:X}/{:o}/{:b}".format(255, 255, 8, 5))
print("{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"), "%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3}, "%c%c" % (72, "i"), "%5.1f%%" % 99.44)
