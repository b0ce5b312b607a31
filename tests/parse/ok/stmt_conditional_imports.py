try:
    import tomllib
except ModuleNotFoundError:
    try:
        import tomli as tomllib
    except ImportError:
        tomllib = None
if sys.version_info >= (3, 14):
    from annotationlib import get_annotations
else:
    from inspect import get_annotations
def lazy():
    import json
    from collections import OrderedDict as OD
    return json, OD
