classes = [ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError, ModuleNotFoundError, UnboundLocalError, RecursionError, NotImplementedError, FileNotFoundError, PermissionError, TimeoutError, UnicodeDecodeError, UnicodeEncodeError, IndentationError, TabError, StopAsyncIteration, GeneratorExit, SystemExit, KeyboardInterrupt, BrokenPipeError, ConnectionResetError, IsADirectoryError, ExceptionGroup, BaseExceptionGroup, DeprecationWarning, UserWarning, SyntaxWarning, BufferError, EOFError, MemoryError, ReferenceError, PythonFinalizationError]
for cls in classes:
    print(cls.__name__, "->", " -> ".join(c.__name__ for c in cls.__mro__[1:]))
print(EnvironmentError is OSError, IOError is OSError)
