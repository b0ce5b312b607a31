if x:
	psss y
