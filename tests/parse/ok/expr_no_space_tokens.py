x = 1if y else(2)
x = [x for(x)in(y)]
x = a if(b)else(c)
x = not(x)
f = lambda:(0)
x = a+-+-b
x = a--b
x = a**-b
x = not-a
x = a<-b
x = a if-b else+c
x=y==z
x = (a)(b)[c].d
x = a.b .c
x = {**a,**b}
x = [*a,*b]
x = f(*a,**b)
x = a[1:-1:-1]
x = a>=-1
x = a<<-1>>-2
x = 0xff.real
x = 1e5.real
x = 1j.imag
x = "a"if b else"c"
x = [1,2,3,]
