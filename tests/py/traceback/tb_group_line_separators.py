e = ValueError("a\rb\x0bc\x1cd\u2028e\x85f")
e.add_note("n1\r\nn2")
raise ExceptionGroup("g\rh", [e])
