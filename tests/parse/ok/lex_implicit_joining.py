x = (1 +
     2)
y = [
    1,
    2,
]
z = {
    "a": 1,
         "b": 2,
}
f(a,
  b,
      c)
def g(
    a,
    b,
):
    pass
result = (
    value
    .method()
    .other()
)
if (a and
b):
    pass
t = (

    1

    ,
)
