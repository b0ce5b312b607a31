from . import a as
