def call_limit(n):
    def deco(fn):
        calls = 0
        def wrapper(*a, **k):
            nonlocal calls
            if calls >= n:
                raise RuntimeError(f"{fn.__name__} called more than {n} times")
            calls += 1
            return fn(*a, **k)
        wrapper.remaining = lambda: n - calls
        return wrapper
    return deco
@call_limit(2)
def ping():
    return "pong"
print(ping(), ping.remaining(), ping(), ping.remaining())
try:
    ping()
except RuntimeError as e:
    print(type(e).__name__, e)
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="Ann", age=3))
try:
    person(name="Ann", age="3")
except TypeError as e:
    print(type(e).__name__, e)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def hello(x):
    return "hello " + x
print(hello("a"), hello("b"), hello.count, type(hello).__name__)
