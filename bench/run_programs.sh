#!/usr/bin/env bash
# Interpreter benchmarks: every program in bench/programs/ run under
# `build/krait run` and under CPython in the same run, compared on wall time
# and peak memory (max RSS).  Run by hand; not part of the tests or CI.
#
#   bash bench/run_programs.sh [-n REPEATS] [-k PATTERN] [-s STARTUP_REPEATS]
#
#   -n REPEATS   runs of each program under each interpreter; the best wall
#                time and the lowest peak RSS are kept (default 3)
#   -k PATTERN   only programs whose name contains PATTERN (e.g. -k fib)
#   -s N         runs of the empty file for the start-up figures (default 50)
#
# Environment:
#   PYTHON=python3.14    the CPython to compare against (default python3)
#   PYFLAGS="-S"         options given to it for every run (default -S: no
#                        `site`, so no site-packages .pth start-up hooks; the
#                        programs use only builtins; PYFLAGS= to drop it)
#   KRAIT=path/to/krait  use this binary instead of building build/krait
#   TIMEOUT=120          seconds before one run is killed and reported
#
# Each program prints one checksum line last; the two interpreters' last
# lines must be equal or the row says MISMATCH and is left out of the means.
# A program krait cannot run yet gets a row `krait: failed (exit N): ...`
# and is left out of the means too.  The start-up figures come from
# bench/programs/empty.py, which is not in the table.
#
# Timing: each run is made by a tiny C helper (compiled into bench/out on
# first use) that forks the program, waits for it with wait4 and reports the
# wall time (CLOCK_MONOTONIC, to the microsecond) and the child's peak RSS
# from its rusage.  GNU time's %e has only 10 ms resolution, too coarse for
# the 2 ms start-up target, and bash's `time` reports no memory.  Nor can the
# Python driver below spawn the programs itself: Linux folds the parent's
# resident size into a child's max RSS when it is forked or vforked from a
# big process, so every figure would read at least CPython's ~14 MB.  A C
# compiler is needed anyway, to build krait.
set -eu
here=$(pwd)
script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

repeats=3
pattern=
startup=50
usage() { sed -n '6,11p' "$script" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while getopts "n:k:s:h" opt; do
    case $opt in
        n) repeats=$OPTARG ;;
        k) pattern=$OPTARG ;;
        s) startup=$OPTARG ;;
        *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage
case $repeats in ''|*[!0-9]*|0) echo "bench: -n needs a positive number" >&2; exit 2 ;; esac
case $startup in ''|*[!0-9]*|0) echo "bench: -s needs a positive number" >&2; exit 2 ;; esac

# CPython: resolve to the real executable, so that a wrapper on PATH (a pyenv
# shim is a shell script costing ~100 ms per start) is not what gets timed.
py=${PYTHON:-python3}
command -v "$py" >/dev/null || { echo "bench: needs $py (CPython) to compare against" >&2; exit 2; }
pyexe=$("$py" -c 'import sys; print(sys.executable)' 2>/dev/null) || pyexe=
[ -n "$pyexe" ] && [ -x "$pyexe" ] || pyexe=$(command -v "$py")

# krait: build it unless a binary was given.  A failed build is reported and
# the run goes on: every krait row then says why krait could not run.
if [ -n "${KRAIT:-}" ]; then
    case $KRAIT in /*) krait=$KRAIT ;; */*) krait=$here/$KRAIT ;; *) krait=$(command -v "$KRAIT" || echo "$here/$KRAIT") ;; esac
else
    krait=$root/build/krait
    if ! make -s build/krait >&2; then
        if [ -x "$krait" ]; then
            echo "bench: make build/krait failed; timing the existing build/krait, which may be stale" >&2
        else
            echo "bench: make build/krait failed; krait rows will show the failure" >&2
        fi
    fi
fi

mkdir -p bench/out
command -v cc >/dev/null || { echo "bench: needs a C compiler (cc) for its timing helper" >&2; exit 2; }
measure=bench/out/measure
if [ ! -x "$measure" ] || [ "$measure" -ot "$script" ]; then
    cat > bench/out/measure.c <<'C'
/* measure SECONDS OUT ERR PROGRAM [ARGS...]: run PROGRAM with stdin from
   /dev/null, stdout to OUT and stderr to ERR, killing it after SECONDS (0:
   never).  Prints "WALL_NS MAXRSS_KB EXIT TIMED_OUT CPU_NS": EXIT is the
   exit code, or minus the signal number; 127 if PROGRAM could not be started
   (the reason is in ERR); CPU_NS is the child's user + system time. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile pid_t child;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    if (child > 0)
        kill(child, SIGKILL);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: measure SECONDS OUT ERR PROGRAM [ARGS...]\n");
        return 2;
    }
    unsigned seconds = (unsigned)strtoul(argv[1], NULL, 10);
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int err = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (in < 0 || out < 0 || err < 0) {
        perror("measure: open");
        return 2;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 2;
    }
    if (pid == 0) {
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execvp(argv[4], argv + 4);
        dprintf(2, "%s: %s\n", argv[4], strerror(errno));
        _exit(127);
    }
    child = pid;
    if (seconds)
        alarm(seconds);
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    alarm(0);
    long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL
                   + (t1.tv_nsec - t0.tv_nsec);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    long long cpu = ((long long)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL
                    + ((long long)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL;
    printf("%lld %ld %d %d %lld\n", ns, ru.ru_maxrss, code, (int)timed_out, cpu);
    return 0;
}
C
    cc -std=gnu11 -O2 -o "$measure" bench/out/measure.c
fi

export BENCH_REPEATS=$repeats BENCH_PATTERN=$pattern BENCH_STARTUP=$startup
export BENCH_PYTHON=$pyexe BENCH_PYFLAGS=${PYFLAGS--S} BENCH_KRAIT=$krait BENCH_TIMEOUT=${TIMEOUT:-120}
export BENCH_ROOT=$root BENCH_MEASURE=$root/$measure
exec "$pyexe" -u -c '
import os, statistics, subprocess, sys

root = os.environ["BENCH_ROOT"]
repeats = int(os.environ["BENCH_REPEATS"])
pattern = os.environ["BENCH_PATTERN"]
startup_runs = int(os.environ["BENCH_STARTUP"])
python = os.environ["BENCH_PYTHON"]
pyflags = os.environ["BENCH_PYFLAGS"].split()
krait = os.environ["BENCH_KRAIT"]
timeout = int(os.environ["BENCH_TIMEOUT"])
progdir = os.path.join(root, "bench", "programs")
outdir = os.path.join(root, "bench", "out")

TARGET_GEOMEAN = 1.0        # faster than CPython on the geometric mean
TARGET_WORST = 0.5          # never slower than half CPython speed
TARGET_START_MS = 2.0       # `krait run` of an empty file: wall time
TARGET_START_KB = 2048      # ... and peak RSS


measure = os.environ["BENCH_MEASURE"]
out_path = os.path.join(outdir, "run.%d.out" % os.getpid())
err_path = os.path.join(outdir, "run.%d.err" % os.getpid())


def busy_warning(before=""):
    # timings from a machine already running other work are not worth much
    try:
        with open("/proc/loadavg") as f:
            load = float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return
    cores = os.cpu_count() or 1
    if load >= 0.5 * cores:
        print("%swarning: load average %.2f on %d cores: other work is "
              "competing for the CPU, so these timings are unreliable"
              % (before, load, cores))


def run_once(argv):
    """Run argv once under the helper; return (exit code, wall seconds, peak
    RSS KB, stdout, stderr).  Exit code 127: it could not be started."""
    done = subprocess.run([measure, "%d" % timeout, out_path, err_path] + argv,
                          stdout=subprocess.PIPE, check=True)
    ns, kb, code, timed_out = (int(x) for x in done.stdout.split()[:4])
    with open(out_path, encoding="utf-8", errors="replace") as f:
        out = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        err = f.read()
    if timed_out:
        err = "timed out after %d s" % timeout
    return code, ns / 1e9, kb, out, err


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def first_line(text):
    for l in text.splitlines():
        if l.strip():
            return l.strip()
    return "(no output on stderr)"


class Result:
    def __init__(self, name):
        self.name = name
        self.times = []
        self.rss = []
        self.failure = None
        self.checksum = None

    def add(self, run):
        code, wall, rss, out, err = run
        if self.failure:
            return
        if code != 0:
            if err.startswith("timed out after"):
                self.failure = "%s: %s" % (self.name, err)
            else:
                self.failure = "%s: failed (exit %d): %s" % (
                    self.name, code, first_line(err))
            return
        line = last_line(out)
        if self.checksum is None:
            self.checksum = line
        elif line != self.checksum:
            self.failure = "%s: output differs between its own runs" % self.name
            return
        self.times.append(wall)
        self.rss.append(rss)

    @property
    def ok(self):
        return self.failure is None and self.times

    @property
    def best(self):
        return min(self.times)

    @property
    def peak(self):
        return min(self.rss)


def geomean(values):
    product = 1.0
    for v in values:
        product *= v
    return product ** (1.0 / len(values))


programs = sorted(f for f in os.listdir(progdir)
                  if f.endswith(".py") and f != "empty.py"
                  and pattern in f[:-3])

cpu = "unknown CPU"
try:
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
except OSError:
    pass
print("machine: %d cores, %s" % (os.cpu_count() or 0, cpu))
print("python:  %s (CPython %d.%d.%d)" % (
    " ".join([python] + pyflags), *sys.version_info[:3]))
print("krait:   %s" % krait)
busy_warning()
print("best of %d run(s) each; speed = python time / krait time (> 1: krait "
      "faster); mem = python RSS / krait RSS (> 1: krait smaller)" % repeats)
print()

speeds = []
if programs:
    head = "%-16s %9s %9s %8s %10s %10s %7s" % (
        "program", "python s", "krait s", "speed", "python KB", "krait KB", "mem")
    print(head)
    print("-" * len(head))
    for prog in programs:
        path = os.path.join(progdir, prog)
        py = Result("python")
        kr = Result("krait")
        for i in range(repeats):
            # alternate the order, so neither interpreter always runs second
            order = [(py, [python] + pyflags + [path]), (kr, [krait, "run", path])]
            if i % 2:
                order.reverse()
            for res, argv in order:
                if not res.failure:
                    res.add(run_once(argv))
            if py.failure and kr.failure:
                break
        name = prog[:-3]
        if not py.ok:
            print("%-16s %s" % (name, py.failure))
            continue
        if not kr.ok:
            print("%-16s %9.3f %9s %8s %10d %10s %7s  %s" % (
                name, py.best, "-", "-", py.peak, "-", "-", kr.failure))
            continue
        speed = py.best / kr.best
        mem = py.peak / kr.peak if kr.peak else float("inf")
        row = "%-16s %9.3f %9.3f %8.2f %10d %10d %7.2f" % (
            name, py.best, kr.best, speed, py.peak, kr.peak, mem)
        if kr.checksum != py.checksum:
            print(row + "  MISMATCH")
            print("%-16s   python: %s" % ("", py.checksum[:100]))
            print("%-16s   krait:  %s" % ("", kr.checksum[:100]))
            continue
        print(row)
        speeds.append((speed, name))

    print()
    if speeds:
        gm = geomean([s for s, _ in speeds])
        worst, worst_name = min(speeds)
        print("geometric mean speed: %.2f over %d of %d programs  "
              "(target > %.1f: %s)" % (gm, len(speeds), len(programs),
              TARGET_GEOMEAN, "met" if gm > TARGET_GEOMEAN else "NOT met"))
        print("worst speed:          %.2f (%s)  (target >= %.1f: %s)" % (
            worst, worst_name, TARGET_WORST,
            "met" if worst >= TARGET_WORST else "NOT met"))
        if len(speeds) < len(programs):
            print("note: programs krait failed or got wrong are not in the means; "
                  "the targets are not met until every program runs")
    else:
        print("geometric mean speed: none (no program of the %d ran correctly under "
              "both interpreters)" % len(programs))

elif pattern not in "empty":
    print("no program in bench/programs matches -k %s" % pattern)

if not pattern or pattern in "empty":
    print()
    empty = os.path.join(progdir, "empty.py")
    print("start-up: empty file, %d runs each" % startup_runs)
    for label, argv, targets in (("krait run", [krait, "run", empty], True),
                                 ("python", [python] + pyflags + [empty], False)):
        times, rss, failure = [], [], None
        for _ in range(startup_runs):
            code, wall, kb, out, err = run_once(argv)
            if code != 0:
                failure = "failed (exit %d): %s" % (code, first_line(err))
                break
            times.append(wall * 1000)
            rss.append(kb)
        if failure:
            print("  %-10s %s" % (label, failure))
            continue
        med_ms = statistics.median(times)
        med_kb = statistics.median(rss)
        line = "  %-10s wall best %.2f ms, median %.2f ms; peak RSS best %d KB, median %d KB" % (
            label, min(times), med_ms, min(rss), med_kb)
        print(line)
        if targets:
            print("  %-10s target: median < %.0f ms and < %d KB: %s" % (
                "", TARGET_START_MS, TARGET_START_KB,
                "met" if med_ms < TARGET_START_MS and med_kb < TARGET_START_KB
                else "NOT met"))

busy_warning("\n")
for p in (out_path, err_path):
    try:
        os.remove(p)
    except OSError:
        pass
'
