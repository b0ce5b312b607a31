assert(x, "msg"
