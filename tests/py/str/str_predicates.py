tests = ["abc", "ABC", "Abc", "123", "1.5", "", " ", "abc123", "Hello World", "hello world", "\t\n",
         "²", "½", "٣", "Ⅻ", "éclair", "ÉCLAIR", "_id", "3d", "class", "a b", "Title Case Words", "ǅ"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("\x00".isprintable(), "\n".isprintable(), "\xa0".isprintable(), "\u200b".isprintable())
