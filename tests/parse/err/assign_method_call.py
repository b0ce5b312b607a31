obj.method() = value
