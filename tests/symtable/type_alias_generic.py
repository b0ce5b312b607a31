type Pair[K, V] = tuple[K, V]
type Rec[T: int = bool] = list[Rec[T]]
