raise BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(2)])
