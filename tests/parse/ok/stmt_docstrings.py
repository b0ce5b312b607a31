"""Module docstring.

Spans multiple lines.
"""
def f():
    """Function docstring."""
    return 1
def g():
    'single quoted docstring'
class C:
    """Class docstring."""
    def m(self):
        r"""Raw docstring with \n."""
        """Not a docstring, just an expression."""
async def h():
    """Async docstring."""
def i():
    f"not a docstring {x}"
def j():
    b"bytes are not docstrings"
