x = f"{a}" b"bytes"
