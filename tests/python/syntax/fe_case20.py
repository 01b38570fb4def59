def f((a)):
  pass
