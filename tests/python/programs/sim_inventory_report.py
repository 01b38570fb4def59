records = [
    ("widget", "tools", 4, 3.5), ("gadget", "tools", 10, 12.25), ("apple", "food", 50, 0.4),
    ("pear", "food", 20, 0.55), ("hammer", "tools", 2, 25.0), ("bread", "food", 8, 2.1),
]
by_cat = {}
for name, cat, qty, price in records:
    by_cat.setdefault(cat, []).append((name, qty, price))
for cat in sorted(by_cat):
    items = by_cat[cat]
    total = sum(q * p for _, q, p in items)
    print(f"{cat:<6} {len(items):>2} items  total {total:>8.2f}")
    for name, q, p in sorted(items, key=lambda t: -t[1] * t[2]):
        print(f"   {name:<8}{q:>4} x {p:>6.2f} = {q * p:>7.2f}")
grand = sum(q * p for _, _, q, p in records)
print(f"{'grand total':<20}{grand:>10.2f}")
cheapest = min(records, key=lambda r: r[3])
print("cheapest:", cheapest[0], "most stock:", max(records, key=lambda r: r[2])[0])
