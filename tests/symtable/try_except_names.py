def f():
    try:
        pass
    except ValueError as e:
        return e
    except (TypeError, KeyError) as err:
        pass
    else:
        x = 1
    finally:
        y = 2
