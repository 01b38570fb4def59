# signal.signal(SIGINT, handler): the Python handler runs in the loop, instead of
# KeyboardInterrupt; restoring default_int_handler brings KeyboardInterrupt back
import signal

seen = []


def on_int(signum, frame):
    seen.append(signum)
    print("handler got", signum, signum == signal.SIGINT, flush=True)


old = signal.signal(signal.SIGINT, on_int)
print(old is signal.default_int_handler)
print("ready", flush=True)
while not seen:
    pass
print("ready", flush=True)
while len(seen) < 2:
    pass
print(signal.signal(signal.SIGINT, signal.default_int_handler) is on_int)
try:
    print("ready", flush=True)
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
signal.signal(signal.SIGINT, signal.SIG_IGN)
print("ignored:", signal.getsignal(signal.SIGINT))
