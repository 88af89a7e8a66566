#!/usr/bin/env python3
"""Prints line and branch coverage per source folder from coverlet's cobertura XML files.

Usage: coverage.py FILE... ; several files (one per target framework) are merged by taking, for every line of every
source file, the best hit count and the best branch coverage any run reached."""
import os
import re
import sys
import xml.etree.ElementTree as ET

lines = {}     # (file, line) -> hit (bool)
branches = {}  # (file, line) -> (covered, total)
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    sources = [s.text or "" for s in root.iter("source")]
    for cls in root.iter("class"):
        name = cls.get("filename", "")
        full = name if os.path.isabs(name) or not sources else os.path.join(sources[0], name)
        if "/obj/" in full.replace("\\", "/"):
            continue  # generated sources (the JSON source generator, regexes): not code anyone wrote
        for line in cls.iter("line"):
            key = (os.path.normpath(full), int(line.get("number")))
            lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0
            if line.get("branch") == "True":
                m = re.search(r"\((\d+)/(\d+)\)", line.get("condition-coverage", ""))
                if m:
                    covered, total = int(m.group(1)), int(m.group(2))
                    old = branches.get(key, (0, total))
                    branches[key] = (max(old[0], covered), total)

def folder(file):
    parts = file.replace("\\", "/").split("/")
    if "src" in parts:
        i = len(parts) - 1 - parts[::-1].index("src")
        return "/".join(parts[i:i + 3]) if len(parts) > i + 3 else "/".join(parts[i:i + 2])
    return "other (samples)"

rows = {}
for (file, _), hit in lines.items():
    r = rows.setdefault(folder(file), [0, 0, 0, 0])
    r[0] += hit
    r[1] += 1
for (file, _), (covered, total) in branches.items():
    r = rows.setdefault(folder(file), [0, 0, 0, 0])
    r[2] += covered
    r[3] += total

def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "   - "

print(f"{'folder':40} {'lines':>16} {'branches':>16}")
total = [0, 0, 0, 0]
for name in sorted(rows):
    r = rows[name]
    total = [t + x for t, x in zip(total, r)]
    print(f"{name:40} {pct(r[0], r[1])} {r[0]:>5}/{r[1]:<5} {pct(r[2], r[3])} {r[2]:>5}/{r[3]:<5}")
print(f"{'all':40} {pct(total[0], total[1])} {total[0]:>5}/{total[1]:<5} {pct(total[2], total[3])} {total[2]:>5}/{total[3]:<5}")
