yeild 1
