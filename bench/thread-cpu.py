#!/usr/bin/env python3
"""CPU time of a JVM's threads, grouped by name, from /proc (Linux).

  thread-cpu.py PID                       prints a snapshot (JSON, clock ticks per group)
  thread-cpu.py PID BEFORE.json LOAD.txt  prints CPU ms per request since the snapshot, by group,
                                          the request count taken from load-appeals' "ok=N"
"""
import json, os, re, sys
from collections import Counter


def snapshot(pid):
    groups = Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        name = re.sub(r"\d+", "N", stat[stat.index("(") + 1:stat.rindex(")")])
        fields = stat[stat.rindex(")") + 2:].split()
        groups[name] += int(fields[11]) + int(fields[12])
    return groups


now = snapshot(sys.argv[1])
if len(sys.argv) == 2:
    print(json.dumps(now))
    sys.exit()
before = json.load(open(sys.argv[2]))
ok = int(re.search(r"ok=(\d+)", open(sys.argv[3]).read()).group(1))
tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
spent = {k: (v - before.get(k, 0)) * tick_ms / ok for k, v in now.items() if v > before.get(k, 0)}
print("app CPU ms per request: %.2f (%s)" % (sum(spent.values()), ", ".join(
    "%s %.2f" % (k.strip(), v) for k, v in sorted(spent.items(), key=lambda kv: -kv[1]) if v >= 0.01)))
