for name in ["os", "subprocess", "socket", "ctypes"]:
    try:
        m = __import__(name)
        print(name, "imported")
    except Exception as e:
        print(name, type(e).__name__, e)
import os
print(os.getcwd())
