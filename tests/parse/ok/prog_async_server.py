"""A tiny asyncio HTTP/1.0-ish server with routing, middleware and graceful shutdown."""

import asyncio
import contextlib
import json
import logging
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger("tinyhttp")

type Handler = Callable[[Request], Awaitable[Response]]
type Middleware = Callable[[Request, Handler], Awaitable[Response]]


class HTTPError(Exception):
    def __init__(self, status: HTTPStatus, detail: str = "") -> None:
        super().__init__(status, detail)
        self.status, self.detail = status, detail or status.phrase


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)

    def json(self):
        try:
            return json.loads(self.body or b"null")
        except json.JSONDecodeError as e:
            raise HTTPError(HTTPStatus.BAD_REQUEST, f"invalid JSON: {e.msg}") from e


@dataclass
class Response:
    body: bytes = b""
    status: HTTPStatus = HTTPStatus.OK
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, obj, status=HTTPStatus.OK):
        return cls(json.dumps(obj).encode(), status, {"Content-Type": "application/json"})

    def encode(self) -> bytes:
        head = [f"HTTP/1.0 {self.status.value} {self.status.phrase}"]
        headers = {"Content-Length": str(len(self.body)), **self.headers}
        head += [f"{k}: {v}" for k, v in headers.items()]
        return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + self.body


class Router:
    def __init__(self) -> None:
        self.routes: list[tuple[str, list[str], Handler]] = []
        self.middleware: list[Middleware] = []

    def route(self, method: str, pattern: str):
        parts = [p for p in pattern.split("/") if p]

        def register(fn: Handler) -> Handler:
            self.routes.append((method.upper(), parts, fn))
            return fn
        return register

    def get(self, pattern):
        return self.route("GET", pattern)

    def post(self, pattern):
        return self.route("POST", pattern)

    def use(self, mw: Middleware) -> Middleware:
        self.middleware.append(mw)
        return mw

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        segs = [s for s in path.split("/") if s]
        allowed = set()
        for m, parts, fn in self.routes:
            if len(parts) != len(segs):
                continue
            params = {}
            for p, s in zip(parts, segs):
                if p.startswith("{") and p.endswith("}"):
                    params[p[1:-1]] = s
                elif p != s:
                    break
            else:
                if m == method:
                    return fn, params
                allowed.add(m)
        if allowed:
            raise HTTPError(HTTPStatus.METHOD_NOT_ALLOWED, ", ".join(sorted(allowed)))
        raise HTTPError(HTTPStatus.NOT_FOUND, path)

    async def dispatch(self, req: Request) -> Response:
        handler, req.params = self.match(req.method, req.path)

        async def call(i: int, r: Request) -> Response:
            if i == len(self.middleware):
                return await handler(r)
            return await self.middleware[i](r, lambda rr: call(i + 1, rr))
        return await call(0, req)


app = Router()
STORE: dict[str, dict] = {}
LOCK = asyncio.Lock()


@app.use
async def timing(req: Request, nxt: Handler) -> Response:
    t0 = time.perf_counter()
    try:
        resp = await nxt(req)
    finally:
        log.info("%s %s %.1fms", req.method, req.path, (time.perf_counter() - t0) * 1e3)
    resp.headers.setdefault("X-Elapsed", f"{time.perf_counter() - t0:.6f}")
    return resp


@app.get("/items")
async def list_items(req: Request) -> Response:
    limit = int(req.query.get("limit", 100))
    async with LOCK:
        items = [{"id": k, **v} for k, v in sorted(STORE.items())][:limit]
    return Response.json(items)


@app.get("/items/{id}")
async def get_item(req: Request) -> Response:
    if (item := STORE.get(req.params["id"])) is None:
        raise HTTPError(HTTPStatus.NOT_FOUND, f"no item {req.params['id']!r}")
    return Response.json(item)


@app.post("/items/{id}")
async def put_item(req: Request) -> Response:
    match req.json():
        case {"name": str(name), "price": int() | float() as price, **extra} if price >= 0:
            async with LOCK:
                created = req.params["id"] not in STORE
                STORE[req.params["id"]] = {"name": name, "price": price, **extra}
            return Response.json({"ok": True}, HTTPStatus.CREATED if created else HTTPStatus.OK)
        case {"name": _, "price": _}:
            raise HTTPError(HTTPStatus.UNPROCESSABLE_ENTITY, "price must be a non-negative number")
        case _:
            raise HTTPError(HTTPStatus.BAD_REQUEST, "expected an object with name and price")


@app.get("/slow/{n}")
async def slow(req: Request) -> Response:
    n = int(req.params["n"])
    results = []
    try:
        async with asyncio.timeout(2.0):
            try:
                async with asyncio.TaskGroup() as tg:
                    tasks = [tg.create_task(asyncio.sleep(i / 10, result=i * i)) for i in range(n)]
                results = [t.result() for t in tasks]
            except* ValueError as eg:
                log.warning("value errors: %s", eg.exceptions)
            except* (KeyError, IndexError):
                pass
    except TimeoutError:
        raise HTTPError(HTTPStatus.GATEWAY_TIMEOUT) from None
    return Response.json({"squares": results})


async def read_request(reader: asyncio.StreamReader) -> Request:
    line = (await reader.readline()).decode("latin-1").rstrip("\r\n")
    try:
        method, target, _version = line.split(" ", 2)
    except ValueError:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"bad request line {line!r}")
    headers = {}
    while (raw := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", 0)))
    url = urlsplit(target)
    return Request(method.upper(), url.path, dict(parse_qsl(url.query)), headers, body)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    try:
        req = await read_request(reader)
        resp = await app.dispatch(req)
    except HTTPError as e:
        resp = Response.json({"error": e.detail}, e.status)
    except Exception:
        log.exception("unhandled error from %s", peer)
        resp = Response.json({"error": "internal"}, HTTPStatus.INTERNAL_SERVER_ERROR)
    writer.write(resp.encode())
    with contextlib.suppress(ConnectionError):
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def serve(host: str = "127.0.0.1", port: int = 8080) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    server = await asyncio.start_server(handle, host, port)
    addrs = ", ".join(str(s.getsockname()) for s in server.sockets)
    log.info("serving on %s", addrs)
    async with server:
        await stop.wait()
    log.info("bye")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    asyncio.run(serve())
