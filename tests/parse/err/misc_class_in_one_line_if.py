if x: class C: pass
