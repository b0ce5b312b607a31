class MyGroup(ExceptionGroup):
    pass
raise MyGroup("mine", [ValueError("a\nb")])
