r'\n'
r"\t\x41"
r'\''
r"\""
r'\\'
r"\\\\"
r'C:\path\to\file'
r"regex\d+\s*(\w+)"
r'''raw
triple \n'''
r"\N{BULLET}"
r"\u0041"
rb'\x00'
R"ends with two backslashes\\"
r'a\
b'
