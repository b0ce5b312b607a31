class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)
class Json(Plugin, name="json"):
    pass
class Yaml(Plugin):
    pass
class SubJson(Json, name="json5"):
    pass
print(sorted(Plugin.registry), SubJson.plugin_name, Json.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Good(Validated):
    required = ("run",)
    def run(self): pass
try:
    class Incomplete(Validated):
        required = ("run", "stop")
        def run(self): pass
except TypeError as e:
    print(type(e).__name__, e)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
class A1(Counted): pass
class A2(Counted): pass
class A3(A1): pass
print(Counted.subclasses)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
