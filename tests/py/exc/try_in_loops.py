results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
def retry(attempts):
    for i in range(attempts):
        try:
            if i < 2:
                raise ConnectionError(f"attempt {i} failed")
            return f"succeeded on attempt {i}"
        except ConnectionError as e:
            print("retrying after:", e)
    return "gave up"
print(retry(5))
print(retry(2))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        print("stopped at", count)
        break
