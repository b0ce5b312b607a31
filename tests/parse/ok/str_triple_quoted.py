x = """
line one
line two
"""
y = '''
    indented
        more
'''
z = """no newline at end"""
w = """with "quotes" inside and 'single'"""
v = """line with trailing spaces   
and a tab	here"""
u = b"""bytes
triple"""
t = r"""raw \n triple
with \ backslash"""
s = """backslash-newline \
continues"""
