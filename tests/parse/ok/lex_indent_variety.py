if a:
 one_space = 1
 if b:
         nine_spaces = 2
 else:
  two = 3
def f():
        return 8
class C:
   def m(self):
      return 6
if x:
                                        deep = 40
