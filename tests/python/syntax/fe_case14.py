def f(*):
  pass
