e = ValueError("shared")
raise ExceptionGroup("dup", [e, e])
