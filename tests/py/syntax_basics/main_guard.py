def main():
    print("main called with __name__ =", __name__)
    return 0
if __name__ == "__main__":
    main()
else:
    print("imported")
print(type(__builtins__).__name__ in ("module", "dict"))
