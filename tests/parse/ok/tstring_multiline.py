x = t"""
Hello {name}
Bye {other!r:>{w}}
"""
y = t"{
    value
}"
z = t"""{
    a  # comment
    + b
}"""
