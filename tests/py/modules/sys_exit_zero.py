import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
def cleanup():
    try:
        sys.exit()
    finally:
        print("finally runs on sys.exit")
cleanup()
print("not reached")
