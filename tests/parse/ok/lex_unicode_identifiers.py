café = 1
naïve = 2
日本 = 3
Ωμέγα = 4
переменная = 5
_ñ = 6
ǅungla = 7
αβγ_δ = 9
ℌ = 10
ª = 11
def función(parámetro):
    return parámetro
class Ñandú:
    ñ = 1
print(café + naïve)
