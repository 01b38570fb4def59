# time.sleep is interrupted by SIGINT; the second, uncaught, ends the program
import time

try:
    print("ready", flush=True)
    time.sleep(30)
except KeyboardInterrupt:
    print("sleep interrupted")
print("ready", flush=True)
time.sleep(30)
