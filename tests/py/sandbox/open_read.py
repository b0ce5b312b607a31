try:
    with open("some_file.txt") as f:
        print("read:", f.read())
except Exception as e:
    print(type(e).__name__, e)
print("still running after open() failed")
open("some_file.txt")
