xyzzy plugh
