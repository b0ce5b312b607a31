try:
    line = input("prompt> ")
    print("got", repr(line))
except Exception as e:
    print(type(e).__name__, e)
print("after input()")
input()
