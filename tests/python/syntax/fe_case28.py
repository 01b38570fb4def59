try:
  pass
except X
  pass
