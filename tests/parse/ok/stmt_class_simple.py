class Empty:
    pass
class WithDoc:
    """A docstring."""
class WithBody:
    x = 1
    def method(self):
        return self.x
class Old():
    pass
class Inline: x = 1; y = 2
