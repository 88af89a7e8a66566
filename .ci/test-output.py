#!/usr/bin/env python3
"""Prints what the named tests wrote (ITestOutputHelper) from TRX files: the outcome counts CI shows.

Usage: test-output.py PATTERN TRX..."""
import re
import sys
import xml.etree.ElementTree as ET

pattern = re.compile(sys.argv[1])
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in sys.argv[2:]:
    root = ET.parse(path).getroot()
    framework = ""
    for run in root.iter("{%s}TestRun" % ns["t"]):
        framework = run.get("name", "")
    for result in root.iter("{%s}UnitTestResult" % ns["t"]):
        name = result.get("testName", "")
        if not pattern.search(name):
            continue
        out = result.find("t:Output/t:StdOut", ns)
        runtime = re.search(r"net\d+\.\d+", path)
        print(f"-- {name.split('.')[-1]} [{result.get('outcome')}, {runtime.group(0) if runtime else '?'}]")
        if out is not None and out.text:
            for line in out.text.strip().splitlines():
                print("   " + line)
