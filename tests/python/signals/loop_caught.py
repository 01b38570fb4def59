# SIGINT while a loop runs: KeyboardInterrupt raised in the loop, caught, then the program goes on
def spin():
    n = 0
    while True:
        n += 1


try:
    print("ready", flush=True)
    spin()
except KeyboardInterrupt as e:
    print("caught", repr(e), e.args)
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("traceback entries:", depth)
for i in range(3):
    print("after", i)
