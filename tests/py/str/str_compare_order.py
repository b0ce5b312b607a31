words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a", "aa", "éclair", "zebra", "Zebra", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words))
print("a" < "aa" < "ab" < "b", "Z" < "a", "9" < "10", "\u00e9" < "\u00ea")
print("abc" == "abc", "abc" != "ABC".lower())
