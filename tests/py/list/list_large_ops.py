big = list(range(10000))
print(len(big), sum(big), big[5000], big[-1])
big.reverse()
print(big[:3])
big.sort()
print(big[:3], big[-3:])
print(big.index(9999), 5000 in big, -1 in big)
squares = [i * i for i in range(1000)]
print(sum(squares), max(squares), min(squares))
filt = [v for v in squares if v % 7 == 0]
print(len(filt), filt[:5])
ll = []
for i in range(2000):
    ll.insert(0, i)
print(ll[:3], ll[-3:], len(ll))
del ll[100:1900]
print(len(ll), ll[99:102])
