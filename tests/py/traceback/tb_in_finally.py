def work():
    try:
        raise ValueError("in try")
    finally:
        print("cleanup")
work()
