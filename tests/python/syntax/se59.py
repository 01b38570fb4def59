if x:
    try:
        pass
