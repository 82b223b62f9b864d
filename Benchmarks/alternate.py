"""Times commands run in turn, one run of each per round, so that a machine that slows down or
speeds up during the benchmark weighs on all of them alike (hyperfine runs each command's runs
together). Prints each command's median, 10th percentile and fastest wall time, and the ratio
of each median to the first command's.

Usage: python3 Benchmarks/alternate.py ROUNDS "COMMAND" "COMMAND" ...
"""
import statistics
import subprocess
import sys
import time

rounds = int(sys.argv[1])
commands = sys.argv[2:]
times = [[] for _ in commands]
for _ in range(rounds):
    for index, command in enumerate(commands):
        start = time.perf_counter()
        subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times[index].append((time.perf_counter() - start) * 1000)
first = statistics.median(times[0])
for command, runs in zip(commands, times):
    runs.sort()
    median = statistics.median(runs)
    print("%-60s median %7.1f ms  p10 %7.1f  fastest %7.1f  (%.2fx)"
          % (command[:60], median, runs[len(runs) // 10], runs[0], median / first))
