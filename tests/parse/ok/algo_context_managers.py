from contextlib import contextmanager
import time


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        return False


@contextmanager
def chdir_temp(path):
    import os
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


with Timer() as t, chdir_temp("/tmp") as where:
    total = sum(i * i for i in range(1000))
print(f"{total=} in {t.elapsed:.6f}s at {where}")
