# A richards-like task scheduler with classes, attributes and method calls.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    def __init__(self, ident, prio, work):
        self.ident = ident
        self.prio = prio
        self.work = work
        self.queue = None
        self.count = 0

    def run(self, sched):
        self.count += 1
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
            pkt.datum += self.work
            sched.total += pkt.datum % 7
            target = sched.tasks[(self.ident + pkt.datum) % len(sched.tasks)]
            target.queue = pkt.append_to(target.queue)
        return self.count

class Scheduler:
    def __init__(self, ntasks):
        self.tasks = [Task(i, i % 3, i + 1) for i in range(ntasks)]
        self.total = 0
        for i in range(ntasks * 2):
            t = self.tasks[i % ntasks]
            t.queue = Packet(None, i, i % 2).append_to(t.queue)

    def schedule(self, rounds):
        for r in range(rounds):
            for t in self.tasks:
                t.run(self)
        return self.total

s = Scheduler(10)
print(s.schedule(20000))
print(sum(t.count for t in s.tasks))
