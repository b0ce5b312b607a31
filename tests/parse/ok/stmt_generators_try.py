def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        raise
    except ValueError as e:
        yield from handle(e)
    else:
        yield 3
    finally:
        yield 4
        cleanup()
def closer():
    with resource() as r:
        while (item := r.next()) is not None:
            received = yield item
            if received:
                r.push(received)
