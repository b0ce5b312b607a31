x = f"""{
    a  # the first value
    + b  # the second value
}"""
y = f"""{
    # comment before
    value
    # comment after
}"""
z = f"""{
    x  # with a } brace and a { brace in the comment
}"""
w = f"""{
    [1,  # one
     2,  # two
    ]
}"""
v = f"{
    x  # comments in single-quoted multi-line fields (PEP 701)
}"
