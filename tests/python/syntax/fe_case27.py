if x   
  pass
