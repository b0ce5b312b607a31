class C(**k, Base):
    pass
