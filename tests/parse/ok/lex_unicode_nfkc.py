ﬁle = 1
ｘ = 2
ｆｕｌｌ = 3
ℌ = 4
𝐛𝐨𝐥𝐝 = 5
ﬃ = 6
Ⅸ = 7
ＡＢＣ = ABC
µ = 9
def ｆ(ａ):
    return ａ
print(file, x, full)
