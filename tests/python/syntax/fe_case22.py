def f(**k, /):
  pass
