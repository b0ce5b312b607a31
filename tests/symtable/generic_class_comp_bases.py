class C[T](*[b for b in bases], **{k: T for k in kw}):
    pass
