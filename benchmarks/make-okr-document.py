#!/usr/bin/env python3
# A synthetic okr/1 document: n objectives, 3 key results each with 6 check-ins, fan-out 5 (objective i aligned
# bottom-up to objective (i-1)//5), as the benchmarks' synthetic org is shaped. Written compactly.
import sys, random
n = int(sys.argv[1]); out = open(sys.argv[2], 'w')
random.seed(42)
w = out.write
w('{"format":"okr/1","name":"Synthetic %d","owners":[' % n)
teams = max(1, n // 5)
w(','.join('{"id":"t%d","kind":"team"}' % t for t in range(teams)))
w('],"periods":[{"id":"2026-Q1","start":"2026-01-01","end":"2026-03-31"}],"objectives":[')
w(','.join('{"id":"o%d","title":"Objective %d","ownerIds":["t%d"],"periodId":"2026-Q1","progressSource":"both"}' % (i, i, i // 5) for i in range(n)))
w('],"keyResults":[')
first = True
for i in range(n):
    for k in range(3):
        vals = ','.join('{"date":"2026-%02d-%02d","value":%d}' % (1 + d // 4, 1 + (d % 4) * 7, random.randint(0, 100)) for d in range(6))
        w(('' if first else ',') + '{"id":"o%d-k%d","title":"Key result %d of %d","objectiveId":"o%d","measure":{"kind":"metric","start":0,"target":100},"checkIns":[%s]}' % (i, k, k, i, i, vals))
        first = False
w('],"alignments":[')
w(','.join('{"childId":"o%d","parentId":"o%d","kind":"bottomUp"}' % (i, (i - 1) // 5) for i in range(1, n)))
w(']}\n')
