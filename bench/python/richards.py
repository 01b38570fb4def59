"""Richards: Martin Richards' operating-system task scheduler simulation, written in an
object-oriented style (classes, attribute access, method calls, linked lists)."""
import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class DeviceRec:
    def __init__(self):
        self.pending = None


class IdleRec:
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerRec:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class WorkerRec:
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.holding or (not t.pending and t.waiting):
                t = t.link
            else:
                t = t.run_task()


class Task:
    def __init__(self, sched, ident, prio, wkq, pending, waiting, rec):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        self.rec = rec
        sched.task_list = self
        sched.tasks[ident] = self

    def add_packet(self, pkt, old):
        if self.wkq is None:
            self.wkq = pkt
            self.pending = True
            if self.prio > old.prio:
                return self
        else:
            self.wkq = pkt.append_to(self.wkq)
        return old

    def run_task(self):
        if self.pending and self.waiting and not self.holding:
            msg = self.wkq
            self.wkq = msg.link
            self.waiting = False
            self.pending = self.wkq is not None
        else:
            msg = None
        return self.fn(msg, self.rec)

    def wait_task(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.tasks[ident]
        t.holding = False
        return t if t.prio > self.prio else self

    def qpkt(self, pkt):
        t = self.sched.tasks[pkt.ident]
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            pkt = rec.pending
            if pkt is None:
                return self.wait_task()
            rec.pending = None
            return self.qpkt(pkt)
        rec.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, rec):
        if pkt is not None:
            if pkt.kind == K_WORK:
                rec.work_in = pkt.append_to(rec.work_in)
            else:
                rec.device_in = pkt.append_to(rec.device_in)
        work = rec.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            rec.work_in = work.link
            return self.qpkt(work)
        dev = rec.device_in
        if dev is None:
            return self.wait_task()
        rec.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt, rec):
        rec.count -= 1
        if rec.count == 0:
            return self.hold()
        if rec.control & 1 == 0:
            rec.control >>= 1
            return self.release(I_DEVA)
        rec.control = (rec.control >> 1) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            return self.wait_task()
        rec.destination = I_HANDLERB if rec.destination == I_HANDLERA else I_HANDLERA
        pkt.ident = rec.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            rec.count += 1
            if rec.count > 26:
                rec.count = 1
            pkt.data[i] = ord("A") + rec.count - 1
        return self.qpkt(pkt)


def run(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 0, None, False, False, IdleRec(count))
    wkq = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq, True, True, WorkerRec())
    wkq = Packet(Packet(Packet(None, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq, True, True, HandlerRec())
    wkq = Packet(Packet(Packet(None, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq, True, True, HandlerRec())
    DeviceTask(s, I_DEVA, 4000, None, False, True, DeviceRec())
    DeviceTask(s, I_DEVB, 5000, None, False, True, DeviceRec())
    s.schedule()
    return s.hold_count, s.qpkt_count


def main(reps):
    for i in range(reps):
        holds, qpkts = run(10000)
    print("richards: hold_count=%d qpkt_count=%d" % (holds, qpkts))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
