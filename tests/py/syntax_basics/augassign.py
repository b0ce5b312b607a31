x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1110; print(x)
x ^= 0b0101; print(x)
y = 7
y /= 2; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"a": 1}
d["a"] += 10
print(d)
class O: pass
o = O()
o.v = 1
o.v += 1
print(o.v)
m = [[0, 0], [0, 0]]
m[1][0] += 5
print(m)
