class Scheduler:
    def __init__(self):
        self.time = 0
        self.queue = []
        self.seq = 0
        self.log = []
        self.mailboxes = {}

    def spawn(self, name, gen, delay=0):
        self.seq += 1
        self.queue.append((self.time + delay, self.seq, name, gen, None))

    def run(self, until=100):
        while self.queue:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            when, _, name, gen, value = self.queue.pop(0)
            if when > until:
                self.log.append(f"t={until}: stopping with {len(self.queue) + 1} pending")
                gen.close()
                for _, _, _, g, _ in self.queue:
                    g.close()
                self.queue.clear()
                break
            self.time = when
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.log.append(f"t={self.time}: {name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.log.append(f"t={self.time}: {name} crashed: {type(e).__name__}: {e}")
                continue
            kind, arg = request
            self.seq += 1
            if kind == "sleep":
                self.queue.append((self.time + arg, self.seq, name, gen, self.time + arg))
            elif kind == "send":
                target, msg = arg
                self.mailboxes.setdefault(target, []).append((name, msg))
                self.queue.append((self.time, self.seq, name, gen, True))
            elif kind == "recv":
                box = self.mailboxes.get(name, [])
                if box:
                    self.queue.append((self.time, self.seq, name, gen, box.pop(0)))
                else:
                    self.queue.append((self.time + 1, self.seq, name, gen, None))
            else:
                raise ValueError(f"unknown request {kind}")


def receive(limit=50):
    for _ in range(limit):
        msg = yield ("recv", None)
        if msg is not None:
            return msg
    return None


def producer(n):
    for i in range(n):
        yield ("sleep", 2)
        yield ("send", ("consumer", f"item{i}"))
    yield ("send", ("consumer", None))
    return f"produced {n}"


def consumer():
    got = []
    while True:
        msg = yield from receive()
        if msg is None:
            break
        sender, payload = msg
        if payload is None:
            break
        got.append(payload)
        yield ("sleep", 1)
    return got


def ticker(period, count):
    try:
        for i in range(count):
            yield ("sleep", period)
        return "ticked"
    finally:
        print(f"ticker({period}) cleaned up")


def faulty():
    yield ("sleep", 3)
    raise RuntimeError("disk on fire")


s = Scheduler()
s.spawn("consumer", consumer())
s.spawn("producer", producer(3))
s.spawn("fast", ticker(1, 4))
s.spawn("slow", ticker(25, 10))
s.spawn("faulty", faulty(), delay=1)
s.run(until=30)
for line in s.log:
    print(line)
print("final time", s.time)
