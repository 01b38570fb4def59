sales = [("north", "q1", 100), ("south", "q1", 80), ("north", "q2", 120), ("east", "q1", 50), ("south", "q2", 90), ("north", "q1", 30)]
by_region = {}
for region, quarter, amount in sales:
    by_region.setdefault(region, {}).setdefault(quarter, 0)
    by_region[region][quarter] += amount
for region in sorted(by_region):
    print(region, by_region[region], sum(by_region[region].values()))
totals = {q: sum(a for _, qq, a in sales if qq == q) for q in sorted({s[1] for s in sales})}
print(totals, max(totals, key=totals.get))
pivot = [[r] + [by_region[r].get(q, 0) for q in ("q1", "q2")] for r in sorted(by_region)]
for row in pivot:
    print("{:<6}{:>5}{:>5}".format(*row))
