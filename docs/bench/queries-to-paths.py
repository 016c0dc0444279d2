#!/usr/bin/python3
"""Turns a corpus's DIR/.queries.tsv into request paths for vanban's search API, one a line:

    /api/search?q=<q>&size=10[&type=<type>][&province=<province>][&facets=false]

facets=false on every kind but filtered (facets are counted for filtered queries only, in every engine).

q, type and province are percent-encoded as UTF-8 (space as %20, never '+'). type and province
are added whenever the row has them (the generator fills them for kind 'filtered'), as
engines.py filters on them. Feed the output to http-load.sh:

    /usr/bin/python3 docs/bench/queries-to-paths.py DIR > /tmp/paths.txt
    docs/bench/http-load.sh http://127.0.0.1:8080 /tmp/paths.txt 30s
"""
import argparse
import os
import sys
from urllib.parse import quote

COLUMNS = ['kind', 'q', 'type', 'province', 'expect']


def enc(s):
    return quote(s, safe='', encoding='utf-8')


def paths(corpus, size=10, kinds=None):
    path = os.path.join(corpus, '.queries.tsv')
    if not os.path.isfile(path):
        raise SystemExit(f'queries-to-paths.py: {path}: not found (the query file the corpus generator writes)')
    with open(path, encoding='utf-8', newline='') as fh:
        header = fh.readline().rstrip('\r\n').split('\t')
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            raise SystemExit(f'queries-to-paths.py: {path}: header lacks column(s) {", ".join(missing)}')
        for lineno, line in enumerate(fh, start=2):
            line = line.rstrip('\r\n')
            if not line:
                continue
            cells = line.split('\t')
            row = dict(zip(header, cells + [''] * (len(header) - len(cells))))
            q = row['q'].strip()
            if not q:
                raise SystemExit(f'queries-to-paths.py: {path}:{lineno}: empty q')
            if kinds and row['kind'] not in kinds:
                continue
            p = f'/api/search?q={enc(q)}&size={size}'
            if row['type'].strip():
                p += f'&type={enc(row["type"].strip())}'
            if row['province'].strip():
                p += f'&province={enc(row["province"].strip())}'
            if row['kind'] != 'filtered':
                p += '&facets=false'  # facets are asked of filtered queries only, as of the other engines
            yield p


def main():
    ap = argparse.ArgumentParser(description='Print vanban /api/search request paths for DIR/.queries.tsv, one a line.')
    ap.add_argument('dir', metavar='DIR', help='corpus folder holding .queries.tsv')
    ap.add_argument('--size', type=int, default=10, help='size parameter (default %(default)s)')
    ap.add_argument('--kinds', help='only these kinds, comma-separated (keyword,phrase,filtered,number)')
    args = ap.parse_args()
    kinds = set(k.strip() for k in args.kinds.split(',')) if args.kinds else None
    n = 0
    for p in paths(args.dir, args.size, kinds):
        sys.stdout.write(p + '\n')
        n += 1
    if n == 0:
        raise SystemExit('queries-to-paths.py: no queries selected')


if __name__ == '__main__':
    main()
