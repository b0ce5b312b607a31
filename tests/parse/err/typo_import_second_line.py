import sys
improt os
