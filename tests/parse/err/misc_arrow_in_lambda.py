f = lambda x -> x
