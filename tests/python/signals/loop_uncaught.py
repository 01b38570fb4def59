# an uncaught KeyboardInterrupt: traceback on stderr, the process ends by SIGINT (status 130)
def forever():
    n = 0
    while True:
        n += 1


print("start")
print("ready", flush=True)
forever()
print("not reached")
