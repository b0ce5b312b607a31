try:
    with open("out.txt", "w") as f:
        f.write("data")
    print("wrote a file")
except Exception as e:
    print(type(e).__name__, e)
try:
    open("/etc/passwd", "rb")
except Exception as e:
    print(type(e).__name__, e)
