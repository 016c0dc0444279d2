#!/usr/bin/python3
"""Print the comparison of one performance run (docs/bench/performance.sh) as Markdown tables.

    /usr/bin/python3 docs/bench/summary.py WORK DOCS

Reads WORK/vanban-DOCS.json (vanban bench corpus), WORK/serve-DOCS.json, WORK/http-DOCS.jsonl
(wrk runs) and WORK/engines-DOCS.json (engines.py; optional).
"""
import json
import os
import sys


def load(path):
    return json.load(open(path)) if os.path.exists(path) else None


def fmt(v, digits=2):
    if v is None:
        return '–'
    return f'{v:,.{digits}f}' if isinstance(v, float) else f'{v:,}'


def ratio(a, b):
    return f'{a / b:,.1f}×' if a and b else '–'


def main():
    if len(sys.argv) != 3 or sys.argv[1] in ('-h', '--help'):
        print(__doc__)
        return 0 if len(sys.argv) > 1 and sys.argv[1] in ('-h', '--help') else 2
    work, docs = sys.argv[1], sys.argv[2]
    v = load(f'{work}/vanban-{docs}.json')
    if v is None:
        print(f'{work}/vanban-{docs}.json: not found (run docs/bench/performance.sh first)', file=sys.stderr)
        return 2
    serve = load(f'{work}/serve-{docs}.json') or {}
    http = []
    if os.path.exists(f'{work}/http-{docs}.jsonl'):
        http = [json.loads(l) for l in open(f'{work}/http-{docs}.jsonl') if l.strip()]
    eng = {e['engine']: e for e in (load(f'{work}/engines-{docs}.json') or {}).get('engines', [])}
    sq, pg = eng.get('sqlite'), eng.get('postgres')

    print(f'### {int(docs):,} documents\n')
    ix = v.get('index', {})
    print('| build (read + index) | seconds | docs/s | MB/s | on disk MB |')
    print('|---|---:|---:|---:|---:|')
    print(f"| vanban (reading, citations, 3 text fields and the trích yếu, graph; {v['cores']} cores) | {fmt(ix.get('seconds'), 1)} | "
          f"{fmt(ix.get('docsPerSecond'))} | {fmt(ix.get('mbPerSecond'))} | {fmt(v['luceneMB'] + v['graphMB'], 0)} |")
    for name, e in (('SQLite FTS5', sq), ('PostgreSQL 15', pg)):
        if e:
            print(f"| {name} | {fmt(e['load']['seconds'], 1)} | {fmt(e['load']['docs_per_s'], 0)} | "
                  f"{fmt(e['load']['mb_per_s'])} | {fmt(e['size']['disk_bytes'] / 1e6, 0)} |")
    if ix.get('seconds'):
        print(f"\nBuild time ratio: SQLite/vanban {ratio(sq and sq['load']['seconds'], ix['seconds'])}, "
              f"PostgreSQL/vanban {ratio(pg and pg['load']['seconds'], ix['seconds'])} (above 1: vanban faster).\n")

    http_kind = {h['kind']: h['run'] for h in http if h['kind'] != 'load'}
    print('| search, top 10 with snippets, ms | vanban in-process p50 / p99 | vanban HTTP p50 / p99 | '
          'SQLite p50 / p99 | PostgreSQL p50 / p99 | SQLite ÷ vanban HTTP (p50) | PostgreSQL ÷ vanban HTTP (p50) |')
    print('|---|---|---|---|---|---:|---:|')
    for kind in ('keyword', 'phrase', 'filtered', 'number'):
        s = v['search'].get(kind, {})
        h = http_kind.get(kind, {}).get('latency_ms', {})
        sl = sq['latency'].get(kind, {}) if sq else {}
        pl = pg['latency'].get(kind, {}) if pg else {}
        print(f"| {kind} | {fmt(s.get('p50ms'))} / {fmt(s.get('p99ms'))} | {fmt(h.get('p50'))} / {fmt(h.get('p99'))} | "
              f"{fmt(sl.get('p50_ms'))} / {fmt(sl.get('p99_ms'))} | {fmt(pl.get('p50_ms'))} / {fmt(pl.get('p99_ms'))} | "
              f"{ratio(sl.get('p50_ms'), h.get('p50'))} | {ratio(pl.get('p50_ms'), h.get('p50'))} |")

    print('\n| quality | vanban | SQLite | PostgreSQL |')
    print('|---|---:|---:|---:|')
    for kind in ('keyword', 'phrase', 'filtered', 'number'):
        s = v['search'].get(kind, {})
        mine = s.get('withHits', 0) / s['queries'] if s.get('queries') else None
        print(f"| {kind}: share with a hit | {fmt(mine)} | {fmt(sq and sq['quality'][kind]['with_hit_share'])} | "
              f"{fmt(pg and pg['quality'][kind]['with_hit_share'])} |")
    n = v['search'].get('number', {})
    print(f"| number: expected document in top 10 | {fmt(n.get('expectedInTop10'))} | "
          f"{fmt(sq and sq['quality']['number']['expect_in_top10_share'])} | "
          f"{fmt(pg and pg['quality']['number']['expect_in_top10_share'])} |")
    for kind in ('keyword', 'phrase'):
        print(f"| {kind} typed without diacritics: hits ÷ hits with them | 1.00 (folded field) | "
              f"{fmt(sq and sq['quality'][kind]['unaccented_hits_ratio'])} | "
              f"{fmt(pg and pg['quality'][kind]['unaccented_hits_ratio'])} |")

    g = v['graph']
    print('\n| graph, ms | p50 | p99 |')
    print('|---|---:|---:|')
    for q in ('implementers', 'cascade', 'coverage'):
        print(f"| {q} | {fmt(g[q]['p50ms'], 3)} | {fmt(g[q]['p99ms'], 3)} |")
    graph_ready = serve.get('graphReadySeconds')
    print(f"\n`serve` answers in {fmt(serve.get('readySeconds'))} s (JVM start included)"
          + (f", graph ready in {fmt(graph_ready)} s" if graph_ready is not None else "") + "; heap after a full GC "
          f"{fmt(serve.get('heapAfterGcMB'))} MB (index and graph held: {v['heapMB']} MB); index {v['luceneMB']} MB "
          f"+ graph {v['graphMB']} MB on disk; graph {fmt(ix.get('graphNodes'))} nodes, {fmt(ix.get('graphEdges'))} edges.\n")
    loads = [h['run'] for h in http if h['kind'] == 'load']
    if loads:
        print('| HTTP load, all queries | requests/s | p50 ms | p99 ms | errors |')
        print('|---|---:|---:|---:|---:|')
        for r in loads:
            print(f"| {r['connections']} connections | {fmt(r['throughput_rps'], 0)} | {fmt(r['latency_ms']['p50'])} | "
                  f"{fmt(r['latency_ms']['p99'])} | {r['errors']['total']} |")
    return 0


if __name__ == '__main__':
    sys.exit(main())
