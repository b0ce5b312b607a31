class C:
    import __mod
    import __pkg.sub
    from m import __name as __alias
