[await x] = 1
