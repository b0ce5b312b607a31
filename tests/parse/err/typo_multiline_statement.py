x = (1 +
     2)
yeild x
