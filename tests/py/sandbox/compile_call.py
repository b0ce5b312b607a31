try:
    code = compile("a = 5", "<string>", "exec")
    print(type(code).__name__)
except Exception as e:
    print(type(e).__name__, e)
try:
    compile("1 +", "<string>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
except Exception as e:
    print(type(e).__name__, e)
