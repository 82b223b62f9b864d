"""Times commands run in turn, one run of each per round, so that a machine that slows down or
speeds up during the benchmark weighs on all of them alike (hyperfine runs each command's runs
together). Prints each command's median, 10th percentile and fastest wall time, and the ratio
of each median to the first command's.

With --cpu, the CPU time each run took (user + system, from wait4) instead of the wall time:
it hardly moves when other work shares the machine, so a change's cost can be measured while
others build.

Usage: python3 Benchmarks/alternate.py [--cpu] ROUNDS "COMMAND" "COMMAND" ...
"""
import os
import statistics
import subprocess
import sys
import time

arguments = sys.argv[1:]
cpu = arguments[:1] == ["--cpu"]
if cpu:
    arguments = arguments[1:]
rounds = int(arguments[0])
commands = arguments[1:]
times = [[] for _ in commands]


def cpu_time(command):
    """The user and system time of one run, in milliseconds."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        words = command.split()
        os.execvp(words[0], words)
    _, _, usage = os.wait4(pid, 0)
    return (usage.ru_utime + usage.ru_stime) * 1000


def wall_time(command):
    start = time.perf_counter()
    subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


for _ in range(rounds):
    for index, command in enumerate(commands):
        times[index].append(cpu_time(command) if cpu else wall_time(command))
first = statistics.median(times[0])
for command, runs in zip(commands, times):
    runs.sort()
    median = statistics.median(runs)
    print("%-60s %s median %7.1f ms  p10 %7.1f  fastest %7.1f  (%.2fx)"
          % (command[:60], "cpu" if cpu else "wall", median, runs[len(runs) // 10], runs[0], median / first))
