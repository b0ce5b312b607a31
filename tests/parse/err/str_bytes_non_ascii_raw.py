x = rb"日本"
