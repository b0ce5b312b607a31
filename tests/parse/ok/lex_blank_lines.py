
x = 1
    
  
	

def f():

    a = 1
        
    b = 2

  
    return a + b



class C:
    
    x = 1
    
    
    def m(self):
        
        pass
    
