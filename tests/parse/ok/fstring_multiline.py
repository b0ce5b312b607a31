x = f"""
Name: {name}
Age: {age}
"""
y = f'''{
    value
}'''
z = f"""{
    a +
    b
}"""
w = f"{
    x
}"
v = f"{x
}"
u = f"""{x:
>10}"""
t = f"""line1 {a}
line2 {b!r}
line3 {c:>{w}}"""
s = f"""{x
  if y
  else z}"""
r = f"abc\
def {x}"
