x = t"{a}" b"bytes"
