result = value iff condition else other
