print("before breakpoint")
try:
    breakpoint()
    print("breakpoint returned")
except Exception as e:
    print(type(e).__name__, e)
print("after breakpoint")
