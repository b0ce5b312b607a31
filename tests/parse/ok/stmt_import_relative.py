from . import sibling
from .. import parent
from ... import grandparent
from .... import great
from .mod import name
from ..a import (b as c, d)
from ...pkg.sub import thing as other
from . import *
from .mod import *
from .......deep import x
from . . . import spaced
from .. . .a import b
