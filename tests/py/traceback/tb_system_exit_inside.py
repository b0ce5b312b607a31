import sys
def main():
    try:
        raise KeyError("handled then exit")
    except KeyError:
        sys.exit(2)
main()
