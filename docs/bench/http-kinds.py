#!/usr/bin/python3
"""Latency of a running vanban server by query kind, over one kept-alive HTTP connection.

    docs/bench/http-kinds.py BASE_URL CORPUS_DIR [--passes 2] [--graph 200]

Runs every query of CORPUS_DIR/.queries.tsv (as /api/search, top 10 with snippets, facets for the
filtered kind only, as queries-to-paths.py writes them) once to warm up, then --passes times; then
implementers, cascade and coverage of --graph central documents of CORPUS_DIR/.manifest.tsv. Prints
one JSON object: for each kind, requests, p50 and p99 in ms, and non-2xx answers.
"""
import argparse
import csv
import http.client
import json
import os
import sys
import time
from urllib.parse import quote, urlparse

import importlib.util
spec = importlib.util.spec_from_file_location('q2p', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'queries-to-paths.py'))
q2p = importlib.util.module_from_spec(spec)
spec.loader.exec_module(q2p)


def pct(xs, p):
    xs = sorted(xs)
    if not xs:
        return None
    i = min(len(xs) - 1, max(0, int(round(p / 100.0 * len(xs) + 0.5)) - 1))
    return round(xs[i], 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('base')
    ap.add_argument('corpus')
    ap.add_argument('--passes', type=int, default=2)
    ap.add_argument('--graph', type=int, default=200)
    a = ap.parse_args()
    u = urlparse(a.base)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=60)

    def get(path):
        t = time.perf_counter()
        conn.request('GET', path)
        r = conn.getresponse()
        r.read()
        return (time.perf_counter() - t) * 1000.0, r.status

    work = []  # (kind, path)
    for kind in ('keyword', 'phrase', 'filtered', 'number'):
        work += [(kind, p) for p in q2p.paths(a.corpus, 10, {kind})]
    central = []  # the manifest's central documents (no province): the top of the cascades
    with open(os.path.join(a.corpus, '.manifest.tsv'), encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            if not row['province']:
                central.append(row['id'])
    for cid in central[:a.graph]:
        for what in ('implementers', 'cascade', 'coverage'):
            work.append((what, '/api/documents/' + quote(cid, safe='') + '/' + what))
    for kind, path in work:  # warm-up
        get(path)
    times, bad = {}, {}
    for _ in range(a.passes):
        for kind, path in work:
            ms, status = get(path)
            times.setdefault(kind, []).append(ms)
            if status // 100 != 2:
                bad[kind] = bad.get(kind, 0) + 1
    out = {k: {'requests': len(v), 'p50': pct(v, 50), 'p99': pct(v, 99), 'non2xx': bad.get(k, 0)} for k, v in times.items()}
    print(json.dumps(out, ensure_ascii=False))


if __name__ == '__main__':
    main()
