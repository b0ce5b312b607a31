parts = ["a", "b", "c"]
print("".join(parts), ", ".join(parts), "\n".join(parts), "-".join(reversed(parts)))
print(" ".join(f"{i:02}" for i in range(5)), "+".join(map(str, [1, 2, 3])) + "=" + str(6))
print("%s and %s" % ("x", "y"), "{} and {}".format("x", "y"), f"{'x'} and {'y'}")
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("hello world".title(), "hello world".capitalize(), "Hello World".swapcase())
print("abc" * 0 == "", "".join([]) == "", "x".join("abc"))
