for s in ["a", "é", "日本", "😀", ""]:
    print(f"[{s:>5}] [{s:<5}] [{s:^5}] [{s:*^6}]", len(s))
print("%-5s|%5s|" % ("日", "😀"))
print("{:>{w}}".format("x", w=3), "{:{f}<{w}}".format("y", f="_", w=4))
