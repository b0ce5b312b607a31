def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0))
print(t("a", 3) or t("b", 4))
print(not t("x", []))
print(t("a", 1) < t("b", 2) < t("c", 0) < t("d", 5))
print([] or {} or "fallback")
print([1] and "yes")
print(type(1 and 2).__name__, (0 or None) is None)
x = None
print(x is None, x is not None, not x is None)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(True and False, True or False, not False)
print(bool(t("e", 0) or t("f", 0) or t("g", 7)))
