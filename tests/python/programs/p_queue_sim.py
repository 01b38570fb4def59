import heapq
events = []
def schedule(t, kind, data):
    heapq.heappush(events, (t, len(events), kind, data))
schedule(0, "arrive", "c1")
schedule(1, "arrive", "c2")
schedule(1.5, "arrive", "c3")
schedule(4, "arrive", "c4")
busy_until = 0
log = []
while events:
    t, _, kind, who = heapq.heappop(events)
    if kind == "arrive":
        start = max(t, busy_until)
        busy_until = start + 2
        schedule(busy_until, "leave", who)
        log.append(f"{t:>4} {who} arrives, served at {start}")
    else:
        log.append(f"{t:>4} {who} leaves")
print("\n".join(log))
