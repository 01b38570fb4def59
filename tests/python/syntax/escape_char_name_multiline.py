y = 1
x = """abc
  \N{nosuch}"""
