# A small operating-system kernel simulation in the spirit of Martin Richards'
# scheduler benchmark (this is an independent implementation): six tasks of
# four kinds pass packets to one another through a priority scheduler.
# Measures classes, inheritance, method calls, attribute reads and writes,
# and linked lists of objects.  Reports how many packets were queued, how
# many times a task held itself, and a sum of the data the devices saw.

RUNS = 45           # fresh schedulers run one after another
IDLE_TICKS = 5000   # how many times the idle task runs per scheduler

WORK = 0
DEVICE = 1
DATA_SIZE = 4

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5


class Packet:
    def __init__(self, kind, owner):
        self.link = None
        self.kind = kind
        self.owner = owner
        self.seq = 0
        self.data = [0] * DATA_SIZE


def enqueue(head, packet):
    # append packet to the linked list starting at head; return the new head
    packet.link = None
    if head is None:
        return packet
    node = head
    while node.link is not None:
        node = node.link
    node.link = packet
    return head


class Task:
    def __init__(self, kernel, ident, priority):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.inbox = None
        self.held = False
        self.waiting = False
        self.next = None
        kernel.install(self)

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.inbox is not None

    def step(self):
        packet = self.inbox
        if packet is not None:
            self.inbox = packet.link
            packet.link = None
            self.waiting = False
        return self.run(packet)

    def run(self, packet):
        raise NotImplementedError

    # kernel calls: each returns the task the scheduler should consider next

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.held = True
        self.kernel.holds += 1
        return self.next

    def release(self, ident):
        other = self.kernel.tasks[ident]
        other.held = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, packet, ident):
        kernel = self.kernel
        other = kernel.tasks[ident]
        kernel.queued += 1
        packet.owner = self.ident
        if other.inbox is None:
            packet.link = None
            other.inbox = packet
            if other.priority > self.priority:
                return other
        else:
            other.inbox = enqueue(other.inbox, packet)
        return self


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, ticks):
        Task.__init__(self, kernel, ident, priority)
        self.ticks = ticks
        self.seed = 1

    def run(self, packet):
        self.ticks -= 1
        if self.ticks == 0:
            return self.hold()
        # a 16-bit linear feedback shift register picks the device to wake
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.release(DEVICE_B)
        self.seed >>= 1
        return self.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.seq = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.letter = self.letter % 26 + 1
            data[i] = self.letter
        return self.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, device):
        Task.__init__(self, kernel, ident, priority)
        self.device = device
        self.jobs = None        # work packets, in arrival order
        self.carriers = None    # device packets, in arrival order

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.jobs = enqueue(self.jobs, packet)
            else:
                self.carriers = enqueue(self.carriers, packet)
        job = self.jobs
        if job is not None:
            pos = job.seq
            if pos >= DATA_SIZE:
                self.jobs = job.link
                return self.send(job, WORKER)
            carrier = self.carriers
            if carrier is not None:
                self.carriers = carrier.link
                carrier.data[0] = job.data[pos]
                job.seq = pos + 1
                return self.send(carrier, self.device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority)
        self.pending = None
        self.seen = 0

    def run(self, packet):
        if packet is None:
            done = self.pending
            if done is None:
                return self.wait()
            self.pending = None
            return self.send(done, done.owner)
        self.seen += packet.data[0]
        self.pending = packet
        return self.hold()


class Kernel:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.queued = 0
        self.holds = 0

    def install(self, task):
        # keep the task chain ordered by priority, highest first
        self.tasks[task.ident] = task
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        node = self.head
        while node.next is not None and node.next.priority >= task.priority:
            node = node.next
        task.next = node.next
        node.next = task

    def schedule(self):
        task = self.head
        while task is not None:
            if task.runnable():
                task = task.step()
            else:
                task = task.next


def build(ticks):
    kernel = Kernel()
    IdleTask(kernel, IDLE, 0, ticks)

    worker = WorkerTask(kernel, WORKER, 1000)
    for _ in range(2):
        worker.inbox = enqueue(worker.inbox, Packet(WORK, IDLE))
    worker.waiting = True

    for ident, priority, device in ((HANDLER_A, 2000, DEVICE_A),
                                    (HANDLER_B, 3000, DEVICE_B)):
        handler = HandlerTask(kernel, ident, priority, device)
        for _ in range(3):
            handler.inbox = enqueue(handler.inbox, Packet(DEVICE, device))
        handler.waiting = True

    for ident, priority in ((DEVICE_A, 4000), (DEVICE_B, 5000)):
        DeviceTask(kernel, ident, priority).waiting = True
    return kernel


queued = 0
holds = 0
seen = 0
for _ in range(RUNS):
    kernel = build(IDLE_TICKS)
    kernel.schedule()
    queued += kernel.queued
    holds += kernel.holds
    seen += kernel.tasks[DEVICE_A].seen + kernel.tasks[DEVICE_B].seen
print("richards", queued, holds, seen)
