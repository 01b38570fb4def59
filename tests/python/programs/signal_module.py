# the signal module: constants and enums, getsignal/signal, Python handlers run by
# raise_signal, a handler that raises, SIG_IGN, and CPython's errors for misuse
import signal

print(signal.SIGINT, repr(signal.SIGINT), int(signal.SIGTERM), signal.SIGTERM.name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0)
print(signal.Signals(15), signal.Signals["SIGUSR1"].value, signal.NSIG)
print(isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)))
print(signal.default_int_handler)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(signal.SIGINT in signal.valid_signals(), len(signal.Signals) > 30)

got = []


def on_usr1(signum, frame):
    got.append(signum)


old = signal.signal(signal.SIGUSR1, on_usr1)
print("old:", repr(old))
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print("handled:", got, type(got[0]).__name__)
print(signal.getsignal(signal.SIGUSR1) is on_usr1)


def raising(signum, frame):
    raise RuntimeError("from handler %d" % signum)


signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except RuntimeError as e:
    print("caught:", e)

print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(on_usr1))
signal.raise_signal(signal.SIGUSR1)
print("ignored, still", got)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler raises", repr(e))

for bad in (lambda: signal.signal(0, signal.SIG_DFL),
            lambda: signal.signal(signal.NSIG, signal.SIG_DFL),
            lambda: signal.signal(signal.SIGINT, 5),
            lambda: signal.signal(signal.SIGINT, "handler"),
            lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN),
            lambda: signal.getsignal(-1)):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
