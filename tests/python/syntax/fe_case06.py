if True: pass
elif x = 1: pass
