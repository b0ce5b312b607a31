''
""
'a'
"a"
'single "double" inside'
"double 'single' inside"
'escaped \' quote'
"escaped \" quote"
'''triple single'''
"""triple double"""
'''contains ' and " and '' quotes'''
"""contains " and ' and "" quotes"""
''''''
""""""
'''a''' '''b'''
"""ends with quote\""""
'''ends with quote\''''
