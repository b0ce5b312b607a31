tyr:
    pass
except:
    pass
