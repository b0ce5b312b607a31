# The typing module of krait: the names programs import for annotations,
# behaving at run time as CPython 3.14's do (reprs, subscripting, __origin__
# and __args__, cast, overload, NamedTuple, TypedDict, runtime protocols).
# Static checking is not krait's job: these objects only have to exist,
# print and compare as CPython's.
#
# This file is compiled into the interpreter (typing.c embeds it as
# typing_py.h; regenerate with `sh src/lib/embed_py.sh` after editing).
# typing.c puts _union(*args) (a union as `int | str` makes it) and
# _union_members(u) (its __args__, or None for a non-union) in the
# namespace before it runs.

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class ForwardRef:
    __typing_unionable__ = True

    def __init__(self, arg, module=None, *, is_argument=True, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


def _type_check(arg, msg='', is_argument=True):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _params(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_type_vars(args):
    found = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


# ---- special forms: Any, Optional, Union, ClassVar, ... ----

class _SpecialForm:
    __typing_unionable__ = True

    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    return _union(*[_type_check(p) for p in _params(parameters)])


def _optional_getitem(self, parameters):
    arg = _type_check(parameters)
    return _union(arg, None)


def _wrap_one(self, parameters):
    params = _params(parameters)
    if len(params) != 1:
        raise TypeError(f"{self} accepts only single type. Got {parameters!r}.")
    return _GenericAlias(self, (_type_check(params[0]),), name=self._name, inst=False)


def _literal_getitem(self, parameters):
    return _GenericAlias(self, _params(parameters), name='Literal', inst=False)


def _concatenate_getitem(self, parameters):
    return _GenericAlias(self, _params(parameters), name='Concatenate', inst=False)


def _annotated_getitem(self, params):
    params = _params(params)
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


def _unpack_getitem(self, parameters):
    return _GenericAlias(self, _params(parameters), name='Unpack', inst=False)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _wrap_one)
Final = _SpecialForm('Final', _wrap_one)
Required = _SpecialForm('Required', _wrap_one)
NotRequired = _SpecialForm('NotRequired', _wrap_one)
ReadOnly = _SpecialForm('ReadOnly', _wrap_one)
TypeGuard = _SpecialForm('TypeGuard', _wrap_one)
TypeIs = _SpecialForm('TypeIs', _wrap_one)
Literal = _SpecialForm('Literal', _literal_getitem)
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Unpack = _SpecialForm('Unpack', _unpack_getitem)


# ---- generic aliases: List[int], Box[int], ... ----

class _GenericAlias:
    __typing_unionable__ = True

    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_type_vars(args)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        args = _params(args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self}; "
                            f"actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = []
        for a in self.__args__:
            if a in subst:
                new_args.append(subst[a])
            elif getattr(a, '__parameters__', ()):
                new_args.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                new_args.append(a)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        return (Generic,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return (f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], "
                f"{_type_repr(args[-1])}]")

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name=None)
        self.__metadata__ = metadata

    def __repr__(self):
        return (f"typing.Annotated[{_type_repr(self.__origin__)}, "
                f"{', '.join(repr(a) for a in self.__metadata__)}]")

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


# What isinstance(x, typing.Iterable) & co. accept without collections.abc:
# the methods the ABC requires.
def _has(*names):
    def check(obj):
        t = type(obj)
        return all(getattr(t, n, None) is not None for n in names)
    return check


def _types(*ts):
    def check(obj):
        return isinstance(obj, ts)
    return check


class _SpecialGenericAlias:
    __typing_unionable__ = True

    def __init__(self, origin, nparams, name, *, inst=True, check=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._check = check

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _params(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst or not isinstance(origin, type):
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self._name.lower()}() instead")
        return origin(*args, **kwargs)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        return (Generic,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        if self._check is not None:
            return self._check(obj)
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        if isinstance(self.__origin__, type):
            return issubclass(cls, self.__origin__)
        raise TypeError(f"{self} cannot be used with issubclass()")


class _TupleSpecialAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        params = tuple(p if p is ... else _type_check(p) for p in _params(params))
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


class _CallableSpecialAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            args = (...,)
        elif isinstance(args, list):
            args = tuple(_type_check(a) for a in args)
        else:
            args = (_type_check(args),)
        return _CallableGenericAlias(self.__origin__, args + (_type_check(result),),
                                     name='Callable', inst=False)


def _generator_type(obj):
    return type(obj).__name__ == 'generator'


_sequence_types = (list, tuple, str, range, bytes, bytearray)

List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleSpecialAlias(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Callable = _CallableSpecialAlias(None, 2, 'Callable', check=callable)
Text = str
Hashable = _SpecialGenericAlias(None, 0, 'Hashable',
                                check=lambda o: getattr(type(o), '__hash__', None) is not None)
Sized = _SpecialGenericAlias(None, 0, 'Sized', check=_has('__len__'))
Iterable = _SpecialGenericAlias(None, 1, 'Iterable', check=_has('__iter__'))
Iterator = _SpecialGenericAlias(None, 1, 'Iterator', check=_has('__iter__', '__next__'))
Reversible = _SpecialGenericAlias(None, 1, 'Reversible', check=_has('__reversed__'))
Container = _SpecialGenericAlias(None, 1, 'Container', check=_has('__contains__'))
Collection = _SpecialGenericAlias(None, 1, 'Collection', check=_has('__len__', '__iter__', '__contains__'))
Generator = _SpecialGenericAlias(None, 3, 'Generator', check=_generator_type)
Awaitable = _SpecialGenericAlias(None, 1, 'Awaitable', check=_has('__await__'))
Coroutine = _SpecialGenericAlias(None, 3, 'Coroutine',
                                 check=lambda o: type(o).__name__ == 'coroutine')
AsyncIterable = _SpecialGenericAlias(None, 1, 'AsyncIterable', check=_has('__aiter__'))
AsyncIterator = _SpecialGenericAlias(None, 1, 'AsyncIterator', check=_has('__aiter__', '__anext__'))
AsyncGenerator = _SpecialGenericAlias(None, 2, 'AsyncGenerator',
                                      check=lambda o: type(o).__name__ == 'async_generator')
Sequence = _SpecialGenericAlias(None, 1, 'Sequence', check=_types(*_sequence_types))
MutableSequence = _SpecialGenericAlias(None, 1, 'MutableSequence', check=_types(list, bytearray))
Mapping = _SpecialGenericAlias(None, 2, 'Mapping', check=_types(dict))
MutableMapping = _SpecialGenericAlias(None, 2, 'MutableMapping', check=_types(dict))
AbstractSet = _SpecialGenericAlias(None, 1, 'AbstractSet', check=_types(set, frozenset))
MutableSet = _SpecialGenericAlias(None, 1, 'MutableSet', check=_types(set))
MappingView = _SpecialGenericAlias(None, 1, 'MappingView',
                                   check=_types(type({}.keys()), type({}.values()), type({}.items())))
KeysView = _SpecialGenericAlias(None, 1, 'KeysView', check=_types(type({}.keys())))
ValuesView = _SpecialGenericAlias(None, 1, 'ValuesView', check=_types(type({}.values())))
ItemsView = _SpecialGenericAlias(None, 2, 'ItemsView', check=_types(type({}.items())))
ContextManager = _SpecialGenericAlias(None, 2, 'ContextManager', check=_has('__enter__', '__exit__'))
AsyncContextManager = _SpecialGenericAlias(None, 2, 'AsyncContextManager',
                                           check=_has('__aenter__', '__aexit__'))
DefaultDict = _SpecialGenericAlias(None, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(None, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(None, 1, 'Counter')
ChainMap = _SpecialGenericAlias(None, 2, 'ChainMap')
Deque = _SpecialGenericAlias(None, 1, 'Deque')
Pattern = _SpecialGenericAlias(None, 1, 'Pattern')
Match = _SpecialGenericAlias(None, 1, 'Match')


# ---- type variables ----

class _NoDefaultType:
    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()


class TypeVar:
    __typing_unionable__ = True

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        if not isinstance(name, str):
            raise TypeError("TypeVar name must be a string")
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def has_default(self):
        return self.__default__ is not NoDefault

    def __or__(self, right):
        return _union(self, right)

    def __ror__(self, left):
        return _union(left, self)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeVar' is not an acceptable base type")


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec:
    __typing_unionable__ = True

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return _union(self, right)

    def __ror__(self, left):
        return _union(left, self)


class TypeVarTuple:
    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)


# ---- Generic and Protocol ----

class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        params = _params(params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    f"or parameter specification variables.")
            # used as a base class: krait's class statement takes classes
            # only (no __mro_entries__), so Generic[T] is Generic itself
            return cls
        return _GenericAlias(cls, tuple(_type_check(p) for p in params))


def _mro_isinstance(obj, cls):
    return cls in type(obj).__mro__


_proto_skip = frozenset({
    '__module__', '__qualname__', '__doc__', '__dict__', '__weakref__', '__annotations__',
    '__annotate__', '__annotate_func__', '__annotations_cache__', '__firstlineno__',
    '__static_attributes__', '__parameters__', '__orig_bases__', '__abstractmethods__',
    '__slots__', '__init__', '__new__', '__class_getitem__', '__init_subclass__',
    '__subclasshook__', '__classcell__', '__type_params__', '__match_args__',
    '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
    '__non_callable_proto_members__',
})


def _protocol_attrs(cls):
    attrs = []
    for base in type.mro(cls):
        if base is Protocol or base is Generic or base is object:
            continue
        if not getattr(base, '_is_protocol', False):
            continue
        for name in vars(base):
            if name not in _proto_skip and name not in attrs:
                attrs.append(name)
        ann = getattr(base, '__annotations__', None) or {}
        for name in ann:
            if name not in _proto_skip and name not in attrs:
                attrs.append(name)
    return attrs


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return _mro_isinstance(instance, cls)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if _mro_isinstance(instance, cls):
            return True
        for attr in _protocol_attrs(cls):
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return cls in other.__mro__
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if cls in other.__mro__:
            return True
        return all(hasattr(other, attr) for attr in _protocol_attrs(cls))


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, **kwargs):
        # (object.__init_subclass__ would only refuse keyword arguments)
        if kwargs:
            raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")
        cls._is_protocol = Protocol in cls.__bases__
        cls._is_runtime_protocol = False


def runtime_checkable(cls):
    if not isinstance(cls, type) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    cls = _ProtocolMeta(name, (Protocol,), {'__module__': 'typing', method: lambda self: None})
    cls._is_runtime_protocol = True
    return cls


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


# ---- NamedTuple ----

class _TupleGetter:
    def __init__(self, index, name):
        self._index = index
        self.__doc__ = f'Alias for field number {index}'

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _missing_args(names):
    if len(names) == 1:
        return f"1 required positional argument: '{names[0]}'"
    quoted = [f"'{n}'" for n in names]
    return f"{len(names)} required positional arguments: {', '.join(quoted[:-1])} and {quoted[-1]}"


def _make_nmtuple(typename, fields, defaults, module):
    fields = tuple(fields)
    for name in fields:
        if not isinstance(name, str):
            raise TypeError('Type names and field names must be strings')
        if name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
    nfields = len(fields)
    field_defaults = dict(zip(fields[nfields - len(defaults):], defaults)) if defaults else {}

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f"{typename}.__new__() takes {nfields + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        if missing:
            raise TypeError(f"{typename}.__new__() missing {_missing_args(missing)}")
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)._make(values)

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({inner})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': f"{typename}({', '.join(fields)})",
        '__module__': module,
        '__slots__': (),
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        ns[name] = _TupleGetter(index, name)
    return type(typename, (tuple,), ns)


def _class_annotations(ns):
    ann = ns.get('__annotations__')
    if ann is None:
        annotate = ns.get('__annotate_func__') or ns.get('__annotate__')
        ann = annotate(1) if annotate is not None else {}
    return ann


_nt_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_nt_special = frozenset({'__module__', '__name__', '__annotations__', '__annotate__',
                         '__annotate_func__', '__annotations_cache__', '__classcell__',
                         '__qualname__', '__firstlineno__', '__static_attributes__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if not bases:
            return super().__new__(cls, typename, bases, ns)
        types = _class_annotations(ns)
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types), [ns[n] for n in default_names],
                               ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key, val in ns.items():
            if key in _nt_prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _nt_special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, val)
        return nm_tpl

    def __call__(cls, *args, **kwargs):
        if cls is NamedTuple:
            return _namedtuple_functional(*args, **kwargs)
        return super().__call__(*args, **kwargs)


def _namedtuple_functional(typename, fields=(), /, **kwargs):
    if kwargs:
        raise TypeError("NamedTuple('Name', [(f0, t0), (f1, t1), ...]) or keyword arguments "
                        "are not supported together")
    fields = list(fields)
    nm_tpl = _make_nmtuple(typename, [n for n, t in fields], (), '__main__')
    nm_tpl.__annotations__ = {n: _type_check(t) for n, t in fields}
    return nm_tpl


class NamedTuple(metaclass=NamedTupleMeta):
    pass


# ---- TypedDict ----

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if not bases:
            return super().__new__(cls, name, bases, ns)
        own = _class_annotations(ns)
        ns = {k: v for k, v in ns.items() if k not in ('__annotate__', '__annotate_func__')}
        tp_dict = super().__new__(cls, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
            required.update(getattr(base, '__required_keys__', ()))
            optional.update(getattr(base, '__optional_keys__', ()))
        for key, tp in own.items():
            annotations[key] = _type_check(tp)
            if total:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def _typeddict_functional(typename, fields=None, /, *, total=True):
    ns = {'__annotations__': dict(fields or {}), '__module__': '__main__'}
    return _TypedDictMeta(typename, (TypedDict,), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    pass


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


# ---- functions ----

def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    key = getattr(func, '__qualname__', None)
    if key is not None:
        _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp.__origin__, _SpecialForm) or tp.__origin__ is not None:
            return tp.__origin__
    if tp is Generic:
        return Generic
    if _union_args(tp) is not None:
        return Union
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    u = _union_args(tp)
    if u is not None:
        return u
    return ()


def _union_args(tp):
    return _union_members(tp)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = getattr(base, '__annotations__', None)
            if isinstance(ann, dict):
                hints.update(ann)
    else:
        ann = getattr(obj, '__annotations__', None)
        if isinstance(ann, dict):
            hints.update(ann)
    return {k: _type_check(v) for k, v in hints.items()}


def NewType(name, tp):
    return _NewType(name, tp)


class _NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass
