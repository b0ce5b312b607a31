e = ValueError("x")
e.__notes__ = "notalist"
raise e
