def k() -> *tuple[int]:
    pass
