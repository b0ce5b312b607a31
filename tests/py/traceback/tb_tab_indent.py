def f():
	x = {}
	return x["k"]
f()
