msg = f"User {user.name!r} (id={user.id:>08d}) logged in at {when:%Y-%m-%d %H:%M:%S} from {ip} using {agent[:40]!s} with {len(roles)} roles: {', '.join(sorted(r.name for r in roles))}"
table = f"|{'name':<20}|{'value':>10}|{'unit':^8}|\n|{'-' * 20}|{'-' * 10}|{'-' * 8}|"
report = (
    f"Summary for {project}:\n"
    f"  files:   {stats['files']:>6,}\n"
    f"  lines:   {stats['lines']:>6,}\n"
    f"  ratio:   {stats['lines'] / max(stats['files'], 1):>9.2f}\n"
)
