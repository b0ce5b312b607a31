x: [i for i in range(3)]
class C:
    y: [j for j in k]
