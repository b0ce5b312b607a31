async def fetch(url):
    raise ConnectionError(f"cannot reach {url}")
async def main():
    await fetch("example.invalid")
main().send(None)
