@decorator
# a comment between decorator and def
def f():
    pass
@decorator

def g():
    pass
@a
    # indented comment
@b
class C:
    pass
