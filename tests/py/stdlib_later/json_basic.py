import json
doc = {"a": [1, 2.5, None, True], "b": {"c": "é"}, "d": ""}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == doc, json.loads('[1, "x", {"k": null}]'), json.loads("3.0"), json.loads('"\\u00e9"'))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({1: "int key", (): None} if False else {1: "int key"}), json.dumps(float("inf")))
