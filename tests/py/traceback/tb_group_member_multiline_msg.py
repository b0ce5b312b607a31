exc = ValueError("multi\nline message")
raise ExceptionGroup("g", [exc])
