def ƒ(α, β):
    γ = α + β
    return lambda: γ
class Ñ:
    __ü = 1
