@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(frozen=True, slots=True)
@total_ordering
class Version:
    major: int
    minor: int
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
class Outer:
    @dataclass
    class Inner:
        value: str
