class Deck:
    suits = "SHDC"
    ranks = "A23456789TJQK"
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
    def __contains__(self, card): return card in self.cards
    def __reversed__(self): return reversed(self.cards)
    def __bool__(self): return bool(self.cards)
    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand
d = Deck()
print(len(d), d[0], d[-1], d[10:13], "QH" in d, "ZZ" in d)
print(list(reversed(d))[:3], sum(1 for _ in d), sorted(d, key=lambda c: (c[1], c[0]))[:3])
hand = d.deal(5)
print(hand, len(d), bool(d))
while d:
    d.deal(10)
print(len(d), bool(d), list(d))
