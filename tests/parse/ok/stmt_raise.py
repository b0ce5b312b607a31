raise
raise ValueError
raise ValueError("message")
raise ValueError("x") from None
raise ValueError("x") from exc
raise TypeError() from ValueError()
raise errors[0] if errors else Exception
raise (yield) from x
