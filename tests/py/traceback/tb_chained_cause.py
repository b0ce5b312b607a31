class ConfigError(Exception):
    pass
def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e
load({}, "timeout")
