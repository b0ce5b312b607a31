from os.path import *
from . import sibling
from .. import parent as p
import a.b.c
import a.b as ab
