s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(7))
print(list(range(20))[s], "abcdefghijk"[s], (0, 1, 2, 3, 4)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2:3], r[:], r[::], r[::-1], r[1, 2], r[1:2, 3], r[...], r[:, None])
print(r["a":"b"], r[1.5:], type(r[0:1]).__name__)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(slice(1, 2)) == hash(slice(1, 2)))
