print("before import")
import nonexistent
print("never printed")
