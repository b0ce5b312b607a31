# only
# comments
# here
