@dec class C: pass
