x = "str" b"bytes"
