import random

from diffcase import Cases

C = Cases("pyl_event_log")
rng = random.Random(2718)
LOG = """08:00:01 INFO [db] connected to 10.0.0.1
08:00:05 WARNING [db] slow query 250ms
08:00:59 ERROR [api] timeout after 30s
08:01:02 ERROR [api] timeout after 31s

08:01:03 CRITICAL [api] giving up
garbage line
08:02:00 DEBUG plain message 7
"""
lines = []
for i in range(60):
    t = 3600 * 9 + i * rng.randint(1, 20)
    lines.append(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} {rng.choice(['INFO', 'ERROR', 'DEBUG', 'WARNING'])} [{rng.choice('abc')}] event {rng.randint(0, 9)} ok")
BIG = "\n".join(lines)
C.each("parse_line", ["08:00:01 INFO [db] connected", "23:59:59 DEBUG no component here", "00:00:00 ERROR []"])
C.add("parse_line", "nonsense", raises=ValueError, msg=True)
C.add("parse_line", "24:00:00 INFO x", raises=ValueError, msg=True)
C.add("parse_line", "01:02:03 LOUD x", raises=ValueError, msg=True)
C.add("parse_line", "01:02:03 INFO [db x", raises=ValueError, msg=True)
C.add("parse_line", "aa:02:03 INFO x", raises=ValueError)
C.add("parse_line", "01:02 INFO x", raises=ValueError, msg=True)
C.add("parse_all", LOG, raises=ValueError, msg=True)
C.add("parse_all", LOG, False)
C.add("parse_all", "")
C.each("count_levels", [LOG, BIG, ""])
C.add("count_levels", LOG, "WARNING")
C.add("count_levels", LOG, "LOUD", raises=KeyError)
C.each("per_minute", [LOG, BIG])
C.add("bursts", LOG, 60, 2)
C.add("bursts", BIG, 30, 3)
C.add("bursts", "", 10, 1)
C.each("components", [LOG, BIG])
C.each("top_messages", [LOG, BIG])
C.add("top_messages", BIG, 5)
