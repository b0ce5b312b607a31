scores = {"ann": 91, "bob": 78, "cat": 85, "dan": 78}
for name in scores:
    print(name, end=" ")
print()
for name, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name}:{score}", end=" ")
print()
inverted = {}
for name, score in scores.items():
    inverted.setdefault(score, []).append(name)
print(inverted)
print(sum(scores.values()) / len(scores), max(scores, key=scores.get), min(scores.values()))
print({k: v for k, v in scores.items() if v > 80})
print(list(zip(scores, scores.values())) == list(scores.items()))
print(dict(sorted(scores.items())), list(scores)[1:3])
keys = list(scores)
for k in keys:
    if scores[k] < 80:
        del scores[k]
print(scores)
