# leading comment
#!not a shebang here
x = 1  # trailing comment
# comment between statements
def f(  # after paren
    a,  # after param
    # own line in params
    b,
):  # after colon
    # comment in body
    return (  # after return paren
        a  # after a
        + b  # after b
    )  # after close
    # trailing comment in body
# dedented comment
class C:  # class comment
    # first body line is a comment
    x = [  # list
        1,  # one
        # nothing
        2,
    ]
        # over-indented comment is fine
    y = 2
#comment without space
#
##
x = {  # dict
    # key comment
    "k": "v",  # value comment
}
if x:  # if comment
    pass
# else comment
else:  # else
    pass
