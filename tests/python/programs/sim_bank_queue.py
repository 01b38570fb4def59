import random
from collections import deque
random.seed(42)
queue = deque()
served = []
t = 0
for minute in range(60):
    if random.random() < 0.6:
        queue.append((minute, random.randint(1, 4)))
    if queue and t <= minute:
        arrived, dur = queue.popleft()
        served.append(minute - arrived)
        t = minute + dur
print(len(served), len(queue), sum(served), max(served), round(sum(served) / len(served), 3))
