"""Counts the statements PostgreSQL executed (log_min_duration_statement=0), per intake.

usage: count-statements.py STATEMENTS_LOG INTAKES
Each executed statement is one line ("execute ...:" for the extended protocol, "statement:" for
the simple one, as BEGIN is sent); parse and bind lines are not counted.
"""
import collections
import re
import sys

path, intakes = sys.argv[1], int(sys.argv[2])
executed = re.compile(r'LOG:  duration: [0-9.]+ ms  (?:execute [^:]+|statement): ?(.*)')
counts = collections.Counter()
for line in open(path, encoding='utf-8', errors='replace'):
    m = executed.search(line)
    if m:
        counts[' '.join(m.group(1).split())[:110]] += 1
total = sum(counts.values())
for sql, n in counts.most_common():
    print(f'{n:6d} {n / intakes:6.2f}  {sql or "(empty: connection check)"}')
print(f'{intakes} intakes; {total} statements = {total / intakes:.2f} per intake; '
      f'BEGIN {counts["BEGIN"] / intakes:.2f} and COMMIT {counts["COMMIT"] / intakes:.2f} per intake')
