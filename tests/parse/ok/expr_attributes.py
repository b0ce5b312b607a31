a.b
a.b.c.d.e
a.b().c
a().b().c()
a[0].b
a.b[0].c
(a).b
(a + b).c
"string".join
b"bytes".decode
1 .real
1.0.real
1j.imag
0x10.bit_length
(1).real
[1].copy
{1: 2}.items
{1}.copy
().count
f"x".upper
x.match.case.type._
a.if_.for_.class_
