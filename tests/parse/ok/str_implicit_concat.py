x = "a" "b"
x = "a" 'b' """c""" '''d'''
x = ("multi"
     "line"
     "concat")
x = b"a" b"b"
x = b"a" B'b' rb"c" Br'd'
x = "a" f"b"
x = f"a" "b"
x = "a" f"{b}" "c"
x = f"{a}" f"{b}"
x = "a" r"\n" u"c"
x = f"{a}" "b" f"{c}" "d" rf"\{e}"
x = ("a" "b"
     f"c{d}")
x = "abc" \
    "def"
x = u"a" "b"
x = "" ""
x = f"" ""
x = "" f"{x}"
x = f"" f""
