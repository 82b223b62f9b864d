"""CPU time (user + system, from wait4) of commands run in turn, one run of each per round:
unlike wall time it hardly moves when other work shares the machine, so a change's cost can
be measured while others build. Prints each command's median and 10th percentile.

Usage: python3 Benchmarks/cpu.py ROUNDS "COMMAND" "COMMAND" ...
"""
import os
import statistics
import sys

rounds = int(sys.argv[1])
commands = sys.argv[2:]
times = [[] for _ in commands]
for _ in range(rounds):
    for index, command in enumerate(commands):
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            arguments = command.split()
            os.execvp(arguments[0], arguments)
        _, _, usage = os.wait4(pid, 0)
        times[index].append((usage.ru_utime + usage.ru_stime) * 1000)
for command, runs in zip(commands, times):
    runs.sort()
    print("%-60s cpu median %7.1f ms  p10 %7.1f" % (command[:60], statistics.median(runs), runs[len(runs) // 10]))
