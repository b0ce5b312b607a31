def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(first_of_each([[1], [2, 3]])))
print(list(first_of_each([[1], []])))
