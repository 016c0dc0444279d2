#!/usr/bin/python3
"""Load a generated corpus into SQLite FTS5 and PostgreSQL 15 full-text search, run its query
set on each, and report load time, size on disk, latency and result quality.

    /usr/bin/python3 docs/bench/engines.py DIR --work TMPDIR [--engines sqlite,postgres]
        [--repeat 3] [--pg-port 55432] [--json OUT] [--keep] [--limit N]

DIR holds the corpus text files and two hidden files written by the generator:
  DIR/.manifest.tsv  path id numberSymbol type issuer province date   (path relative to DIR)
  DIR/.queries.tsv   kind q type province expect    (kind: keyword, phrase, filtered, number)

SQLite: one FTS5 table (body indexed; id, type, province UNINDEXED), tokenizer
'unicode61 remove_diacritics 2', batched inserts, then 'optimize'. Top 10 by bm25 (ORDER BY rank,
which FTS5 sorts itself so snippet() runs on the 10 rows only) with snippet().

PostgreSQL: initdb (C.UTF-8, UTF8) in the work folder, started on 127.0.0.1:PORT with its socket
in the work folder, COPY FROM STDIN, a GIN index on to_tsvector('simple', vb_unaccent(body))
(vb_unaccent: an IMMUTABLE SQL wrapper of unaccent), ANALYZE. By default that tsvector is a stored
generated column and the index is on it (--pg-tsvector stored); --pg-tsvector expr indexes the
expression itself, and then ts_rank re-parses the body of every match. Top 10 by ts_rank in a
subquery, ts_headline on those 10 only, with a text search configuration 'vb_simple_unaccent'
(simple + unaccent per token) so that words of the accented body are highlighted. Stopped in a
finally block; the work folder is removed unless --keep.

Queries are sent as a careful application would: SQLite gets every word of the user's text as a
quoted FTS5 string (so '/', '-', ':' never raise syntax errors) and quoted phrases stay phrases;
PostgreSQL gets websearch_to_tsquery('simple', vb_unaccent(q)). Number queries (a so/ky hieu as
typed) are one phrase: SQLite "q" (tokenised by unicode61), PostgreSQL
phraseto_tsquery('simple', vb_unaccent(q)). Whatever each parser does with them is kept and
measured: see 'quality' and 'folding' in the output.

Needs /usr/bin/python3 with the system sqlite3 and python3-psycopg2 (installed with apt-get when
missing and running as root). Progress goes to stderr, the table to stdout, all figures to --json.
"""
import argparse
import csv
import io
import json
import os
import platform
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata

PG_BIN = '/usr/lib/postgresql/15/bin'
KINDS = ('keyword', 'phrase', 'filtered', 'number')
MANIFEST_COLUMNS = ['path', 'id', 'numberSymbol', 'type', 'issuer', 'province', 'date']
QUERY_COLUMNS = ['kind', 'q', 'type', 'province', 'expect']
SQLITE_TOKENIZER = 'unicode61 remove_diacritics 2'
SNIPPET_TOKENS = 32  # SQLite snippet() tokens; PostgreSQL MaxWords (MinWords half of it), one fragment
HL_START, HL_STOP = '<b>', '</b>'
# PostgreSQL settings for a 24 GB machine. fsync stays on; synchronous_commit=off and
# wal_level=minimal (COPY into a table created in the same transaction skips WAL; the table is
# fsynced at commit) are the documented bulk-load settings and do not risk corruption.
PG_SETTINGS = {
    'shared_buffers': '4GB',
    'effective_cache_size': '16GB',
    'work_mem': '64MB',
    'maintenance_work_mem': '2GB',
    'max_wal_size': '8GB',
    'checkpoint_timeout': '30min',
    'wal_level': 'minimal',
    'max_wal_senders': '0',
    'synchronous_commit': 'off',
    'fsync': 'on',
    'full_page_writes': 'on',
    'random_page_cost': '1.1',
    'jit': 'off',  # JIT compiles expensive plans (facets over many matches) and adds tens of ms
    'max_connections': '20',
}
SQLITE_PRAGMAS = {
    'journal_mode': 'WAL',
    'synchronous': 'NORMAL',
    'cache_size': '-1048576',  # KiB: 1 GiB page cache
    'temp_store': 'FILE',
}


class BenchError(Exception):
    """A problem the user can fix; printed without a traceback."""


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- inputs

def _open_tsv(path, columns, what):
    if not os.path.isfile(path):
        raise BenchError(f'{path}: not found (the {what} the corpus generator writes)')
    fh = open(path, encoding='utf-8', newline='')
    header = fh.readline().rstrip('\r\n').split('\t')
    missing = [c for c in columns if c not in header]
    if missing:
        fh.close()
        raise BenchError(f'{path}: header lacks column(s) {", ".join(missing)} '
                         f'(expected: {chr(9).join(columns)})')
    return fh, header


def manifest_rows(corpus):
    """Streams the manifest: one dict per document, never the whole list."""
    path = os.path.join(corpus, '.manifest.tsv')
    fh, header = _open_tsv(path, MANIFEST_COLUMNS, 'manifest')
    with fh:
        for lineno, line in enumerate(fh, start=2):
            line = line.rstrip('\r\n')
            if not line:
                continue
            cells = line.split('\t')
            if len(cells) < len(header):
                cells += [''] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            if not row['path'] or not row['id']:
                raise BenchError(f'{path}:{lineno}: empty path or id')
            row['_line'] = lineno
            yield row


def read_queries(corpus):
    path = os.path.join(corpus, '.queries.tsv')
    fh, header = _open_tsv(path, QUERY_COLUMNS, 'query file')
    out = []
    with fh:
        for lineno, line in enumerate(fh, start=2):
            line = line.rstrip('\r\n')
            if not line:
                continue
            cells = line.split('\t')
            cells += [''] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            if row['kind'] not in KINDS:
                raise BenchError(f'{path}:{lineno}: kind {row["kind"]!r} is not one of {", ".join(KINDS)}')
            if not row['q'].strip():
                raise BenchError(f'{path}:{lineno}: empty q')
            row['line'] = lineno
            out.append(row)
    if not out:
        raise BenchError(f'{path}: no queries')
    return out


class LoadStats:
    def __init__(self, every):
        self.docs = 0
        self.bytes = 0
        self.nul_removed = 0
        self.every = every
        self.start = time.perf_counter()

    def tick(self, nbytes, engine):
        self.docs += 1
        self.bytes += nbytes
        if self.every and self.docs % self.every == 0:
            t = time.perf_counter() - self.start
            log(f'  {engine}: {self.docs:,} docs, {self.bytes / 1e6:,.0f} MB, {t:,.0f} s, '
                f'{self.docs / t:,.0f} docs/s, {self.bytes / 1e6 / t:,.1f} MB/s')


def documents(corpus, stats, engine, limit=None):
    """Yields (id, type, province, body) reading one file at a time."""
    manifest = os.path.join(corpus, '.manifest.tsv')
    for n, row in enumerate(manifest_rows(corpus)):
        if limit is not None and n >= limit:
            return
        path = os.path.join(corpus, row['path'])
        try:
            with open(path, 'rb') as fh:
                raw = fh.read()
        except OSError as e:
            raise BenchError(f'{path}: {e.strerror} (listed in {manifest} line {row["_line"]})')
        try:
            body = raw.decode('utf-8')
        except UnicodeDecodeError as e:
            raise BenchError(f'{path}: not UTF-8 ({e})')
        if '\x00' in body:  # PostgreSQL text cannot hold NUL; removed for both engines alike
            body = body.replace('\x00', '')
            stats.nul_removed += 1
        stats.tick(len(raw), engine)
        yield row['id'], row['type'], row['province'], body


# ---------------------------------------------------------------- text helpers

def strip_diacritics(s):
    """What a user without a Vietnamese keyboard types: marks removed and đ/Đ written d/D."""
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(
        c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn'))


def user_terms(q):
    """Splits user text websearch-style: quoted parts are phrases, other words single terms."""
    terms, i, n = [], 0, len(q)
    while i < n:
        if q[i].isspace():
            i += 1
        elif q[i] == '"':
            j = q.find('"', i + 1)
            j = n if j < 0 else j
            terms.append(q[i + 1:j])
            i = j + 1
        else:
            j = i
            while j < n and not q[j].isspace() and q[j] != '"':
                j += 1
            terms.append(q[i:j])
            i = j
    return [t for t in terms if any(c.isalnum() for c in t)]


def fts5_string(s):
    return '"' + s.replace('"', '""') + '"'


def percentile(sorted_values, p):
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(-(-p * len(sorted_values) // 100)) - 1))
    return sorted_values[k]


def latency_summary(samples_ms):
    v = sorted(samples_ms)
    if not v:
        return {'n': 0}
    return {'n': len(v), 'p50_ms': round(percentile(v, 50), 3), 'p99_ms': round(percentile(v, 99), 3),
            'mean_ms': round(sum(v) / len(v), 3), 'max_ms': round(v[-1], 3)}


def du(path):
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_blocks * 512
            except OSError:
                pass
    return total


# ---------------------------------------------------------------- engines

class SQLiteEngine:
    name = 'sqlite'

    def __init__(self, work, args):
        self.dir = os.path.join(work, 'sqlite')
        os.makedirs(self.dir)
        self.db = os.path.join(self.dir, 'fts.db')
        self.args = args
        self.con = None

    def settings(self):
        return {'sqlite_version': sqlite3.sqlite_version, 'tokenizer': SQLITE_TOKENIZER,
                'pragmas': SQLITE_PRAGMAS, 'batch': self.args.batch,
                'schema': 'fts5(body, id UNINDEXED, type UNINDEXED, province UNINDEXED)',
                'ranking': 'ORDER BY rank (bm25)', 'snippet': f"snippet(fts, 0, '{HL_START}', '{HL_STOP}', '…', {SNIPPET_TOKENS})"}

    def start(self):
        self.con = sqlite3.connect(self.db, isolation_level=None)
        for k, v in SQLITE_PRAGMAS.items():
            self.con.execute(f'PRAGMA {k}={v}')
        try:
            self.con.execute(f"CREATE VIRTUAL TABLE fts USING fts5(body, id UNINDEXED, type UNINDEXED, "
                             f"province UNINDEXED, tokenize='{SQLITE_TOKENIZER}')")
        except sqlite3.OperationalError as e:
            raise BenchError(f'SQLite {sqlite3.sqlite_version} has no FTS5 ({e})')

    def load(self, docs):
        t0 = time.perf_counter()
        batch = []
        sql = 'INSERT INTO fts(body, id, type, province) VALUES (?, ?, ?, ?)'
        self.con.execute('BEGIN')
        in_tx = 0
        for doc_id, typ, prov, body in docs:
            batch.append((body, doc_id, typ, prov))
            if len(batch) >= 1000:
                self.con.executemany(sql, batch)
                in_tx += len(batch)
                batch.clear()
                if in_tx >= self.args.batch:
                    self.con.execute('COMMIT')
                    self.con.execute('BEGIN')
                    in_tx = 0
        if batch:
            self.con.executemany(sql, batch)
        self.con.execute('COMMIT')
        t1 = time.perf_counter()
        self.con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        self.con.execute('PRAGMA wal_checkpoint(TRUNCATE)')
        t2 = time.perf_counter()
        return {'insert_s': round(t1 - t0, 3), 'optimize_s': round(t2 - t1, 3)}

    def size(self):
        return {'disk_bytes': du(self.dir), 'data_bytes': os.path.getsize(self.db)}

    def match_expr(self, kind, q):
        if kind == 'number':
            return fts5_string(q.strip())
        terms = user_terms(q)
        return ' '.join(fts5_string(t) for t in terms) if terms else None

    @staticmethod
    def _filters(row):
        sql, params = '', []
        if row.get('type'):
            sql += ' AND type = ?'
            params.append(row['type'])
        if row.get('province'):
            sql += ' AND province = ?'
            params.append(row['province'])
        return sql, params

    def search(self, row, q=None, snippets=True):
        expr = self.match_expr(row['kind'], row['q'] if q is None else q)
        if expr is None:
            return [], None
        fsql, fparams = self._filters(row)
        snippet = f"snippet(fts, 0, '{HL_START}', '{HL_STOP}', '…', {SNIPPET_TOKENS})" if snippets else 'NULL'
        top = self.con.execute(
            f"SELECT id, rank, {snippet} FROM fts "
            f"WHERE fts MATCH ?{fsql} ORDER BY rank LIMIT 10", [expr] + fparams).fetchall()
        facets = None
        if row['kind'] == 'filtered':
            facets = self.con.execute(
                f'SELECT type, count(*) FROM fts WHERE fts MATCH ?{fsql} GROUP BY type ORDER BY 2 DESC',
                [expr] + fparams).fetchall()
        return top, facets

    def count(self, row, q=None):
        expr = self.match_expr(row['kind'], row['q'] if q is None else q)
        if expr is None:
            return 0
        fsql, fparams = self._filters(row)
        return self.con.execute(f'SELECT count(*) FROM fts WHERE fts MATCH ?{fsql}', [expr] + fparams).fetchone()[0]

    def folding(self, words):
        con = sqlite3.connect(':memory:')
        con.execute(f"CREATE VIRTUAL TABLE t USING fts5(b, tokenize='{SQLITE_TOKENIZER}')")
        con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        out = {}
        for w in words:
            con.execute('DELETE FROM t')
            con.execute('INSERT INTO t VALUES (?)', (w,))
            out[w] = [r[0] for r in con.execute('SELECT term FROM v ORDER BY offset')]
        con.close()
        return out

    def stop(self):
        if self.con is not None:
            self.con.close()
            self.con = None


class _CopyStream(io.RawIOBase):
    """A file-like view of COPY text-format lines produced from a generator (bounded memory)."""

    def __init__(self, rows):
        self.rows = rows
        self.buf = b''

    def readable(self):
        return True

    @staticmethod
    def _field(s):
        return (s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')
                if s else '\\N')

    def readinto(self, b):
        want = len(b)
        while len(self.buf) < want:
            row = next(self.rows, None)
            if row is None:
                break
            self.buf += ('\t'.join(self._field(c) for c in row) + '\n').encode('utf-8')
        n = min(want, len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n


class PostgresEngine:
    name = 'postgres'
    TSV = "to_tsvector('simple', vb_unaccent(body))"
    HEADLINE = (f'MaxFragments=1, MaxWords={SNIPPET_TOKENS}, MinWords={SNIPPET_TOKENS // 2}, '
                f'StartSel={HL_START}, StopSel={HL_STOP}')

    def __init__(self, work, args):
        self.args = args
        self.dir = os.path.join(work, 'postgres')
        self.data = os.path.join(self.dir, 'data')
        self.sock = os.path.join(self.dir, 'sock')
        self.port = args.pg_port
        self.con = None
        self.started = False
        self.user = None
        self.settings_used = dict(PG_SETTINGS)
        for kv in args.pg_set or []:
            k, _, v = kv.partition('=')
            self.settings_used[k.strip()] = v.strip()
        self.tsv = 'tsv' if args.pg_tsvector == 'stored' else self.TSV

    def settings(self):
        return {'server_settings': self.settings_used, 'initdb': '--locale=C.UTF-8 -E UTF8 --auth=trust',
                'tsvector': self.args.pg_tsvector,
                'index': f'GIN ({self.tsv})' + (f' where tsv = {self.TSV} STORED' if self.tsv == 'tsv' else '')
                         + '; btree (type), btree (province)',
                'query': "websearch_to_tsquery('simple', vb_unaccent(q)); number: phraseto_tsquery",
                'ranking': f'ts_rank({self.tsv}, q) DESC',
                'headline': f"ts_headline('vb_simple_unaccent', body, q, '{self.HEADLINE}') on the top 10 only",
                'pg_user': self.user}

    def _run(self, cmd, what):
        if self.user:
            cmd = ['runuser', '-u', self.user, '--'] + cmd
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd='/')
        if p.returncode != 0:
            raise BenchError(f'{what} failed ({" ".join(cmd)}):\n{p.stdout.strip()}')
        return p.stdout

    def start(self):
        for b in ('initdb', 'pg_ctl', 'postgres'):
            if not os.access(os.path.join(PG_BIN, b), os.X_OK):
                raise BenchError(f'{PG_BIN}/{b}: not found (apt-get install postgresql-15)')
        with socket.socket() as s:
            try:
                s.bind(('127.0.0.1', self.port))
            except OSError:
                raise BenchError(f'port 127.0.0.1:{self.port} is in use; pass another --pg-port')
        os.makedirs(self.data)
        os.makedirs(self.sock)
        if os.geteuid() == 0:  # postgres refuses to run as root
            import pwd
            self.user = self.args.pg_user
            try:
                pw = pwd.getpwnam(self.user)
            except KeyError:
                raise BenchError(f'running as root and there is no user {self.user!r} to run PostgreSQL as; '
                                 f'pass --pg-user')
            for d in (self.data, self.sock):
                os.chown(d, pw.pw_uid, pw.pw_gid)
            os.chmod(self.data, 0o700)
            p = subprocess.run(['runuser', '-u', self.user, '--', 'test', '-w', self.data], cwd='/')
            if p.returncode != 0:
                raise BenchError(f'user {self.user} cannot reach {self.data}: make every parent folder '
                                 f'of --work searchable (chmod o+x)')
        t0 = time.perf_counter()
        self._run([f'{PG_BIN}/initdb', '-D', self.data, '--locale=C.UTF-8', '-E', 'UTF8',
                   '--auth=trust', '-U', 'postgres'], 'initdb')
        with open(os.path.join(self.data, 'postgresql.auto.conf'), 'a') as fh:
            for k, v in self.settings_used.items():
                fh.write(f"{k} = '{v}'\n")
        log(f'  postgres: starting on 127.0.0.1:{self.port}')
        self.started = True  # from here on, stop() tries to stop it
        self._run([f'{PG_BIN}/pg_ctl', '-D', self.data, '-l', os.path.join(self.sock, 'server.log'), '-w',
                   '-t', '120', '-o', f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1", 'start'],
                  'pg_ctl start (log: ' + os.path.join(self.sock, 'server.log') + ')')
        import psycopg2
        self.con = psycopg2.connect(host='127.0.0.1', port=self.port, user='postgres', dbname='postgres')
        self.con.autocommit = True
        with self.con.cursor() as cur:
            cur.execute('SELECT version()')
            self.version = cur.fetchone()[0]
        return round(time.perf_counter() - t0, 3)

    def load(self, docs):
        cur = self.con.cursor()
        t0 = time.perf_counter()
        cur.execute('CREATE EXTENSION unaccent')
        cur.execute("""CREATE FUNCTION vb_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$""")
        # For ts_headline on the stored (accented) body: the same parser, each token unaccented.
        cur.execute('CREATE TEXT SEARCH CONFIGURATION vb_simple_unaccent (COPY = simple)')
        cur.execute("""SELECT DISTINCT t.alias FROM pg_ts_config_map m
                       JOIN ts_token_type('default') t ON t.tokid = m.maptokentype
                       WHERE m.mapcfg = 'simple'::regconfig""")
        aliases = [r[0] for r in cur.fetchall()]
        cur.execute(f"ALTER TEXT SEARCH CONFIGURATION vb_simple_unaccent ALTER MAPPING FOR {', '.join(aliases)} "
                    f"WITH unaccent, simple")
        self.con.autocommit = False
        stored = (f", tsv tsvector GENERATED ALWAYS AS ({self.TSV}) STORED" if self.tsv == 'tsv' else '')
        cur.execute(f'CREATE TABLE docs (n serial PRIMARY KEY, id text NOT NULL, type text, province text, '
                    f'body text NOT NULL{stored})')
        cur.copy_expert('COPY docs (id, type, province, body) FROM STDIN',
                        io.BufferedReader(_CopyStream(docs), buffer_size=1 << 20), size=1 << 20)
        self.con.commit()
        self.con.autocommit = True
        t1 = time.perf_counter()
        cur.execute(f'CREATE INDEX docs_fts ON docs USING GIN ({self.tsv})')
        cur.execute('CREATE INDEX docs_type ON docs (type)')  # for the filters (bitmap AND with the GIN scan)
        cur.execute('CREATE INDEX docs_province ON docs (province)')
        t2 = time.perf_counter()
        cur.execute('ANALYZE docs')
        t3 = time.perf_counter()
        cur.execute('CHECKPOINT')  # so the load's writes are on disk, counted, and not paid by the queries
        t4 = time.perf_counter()
        cur.close()
        return {'copy_s': round(t1 - t0, 3), 'index_s': round(t2 - t1, 3), 'analyze_s': round(t3 - t2, 3),
                'checkpoint_s': round(t4 - t3, 3)}

    def size(self):
        with self.con.cursor() as cur:
            cur.execute("SELECT pg_total_relation_size('docs'), pg_relation_size('docs_fts'), "
                        "pg_database_size(current_database())")
            total, index, db = cur.fetchone()
        return {'disk_bytes': du(self.data), 'data_bytes': total, 'gin_index_bytes': index,
                'database_bytes': db, 'wal_bytes': du(os.path.join(self.data, 'pg_wal'))}

    def tsquery(self, kind):
        fn = 'phraseto_tsquery' if kind == 'number' else 'websearch_to_tsquery'
        return f"{fn}('simple', vb_unaccent(%(q)s))"

    @staticmethod
    def _filters(row):
        sql, params = '', {}
        if row.get('type'):
            sql += ' AND type = %(type)s'
            params['type'] = row['type']
        if row.get('province'):
            sql += ' AND province = %(province)s'
            params['province'] = row['province']
        return sql, params

    def search(self, row, q=None, snippets=True):
        tq = self.tsquery(row['kind'])
        fsql, params = self._filters(row)
        params['q'] = (row['q'] if q is None else q).strip()
        with self.con.cursor() as cur:
            if snippets:
                cur.execute(
                    f"""SELECT t.id, t.rank, ts_headline('vb_simple_unaccent', t.body, {tq}, '{self.HEADLINE}')
                        FROM (SELECT id, body, ts_rank({self.tsv}, {tq}) AS rank FROM docs
                              WHERE {self.tsv} @@ {tq}{fsql} ORDER BY rank DESC LIMIT 10) t
                        ORDER BY t.rank DESC""", params)
            else:
                cur.execute(f'SELECT id, ts_rank({self.tsv}, {tq}) AS rank, NULL FROM docs '
                            f'WHERE {self.tsv} @@ {tq}{fsql} ORDER BY rank DESC LIMIT 10', params)
            top = cur.fetchall()
            facets = None
            if row['kind'] == 'filtered':
                cur.execute(f'SELECT type, count(*) FROM docs WHERE {self.tsv} @@ {tq}{fsql} '
                            f'GROUP BY type ORDER BY 2 DESC', params)
                facets = cur.fetchall()
        return top, facets

    def count(self, row, q=None):
        tq = self.tsquery(row['kind'])
        fsql, params = self._filters(row)
        params['q'] = (row['q'] if q is None else q).strip()
        with self.con.cursor() as cur:
            cur.execute(f'SELECT count(*) FROM docs WHERE {self.tsv} @@ {tq}{fsql}', params)
            return cur.fetchone()[0]

    def folding(self, words):
        out = {}
        with self.con.cursor() as cur:
            for w in words:
                cur.execute("SELECT array_agg(lexeme ORDER BY pos) FROM (SELECT lexeme, unnest(positions) AS pos "
                            "FROM unnest(to_tsvector('simple', vb_unaccent(%s)))) x", (w,))
                out[w] = cur.fetchone()[0] or []
        return out

    def stop(self):
        if self.con is not None:
            try:
                self.con.close()
            except Exception:
                pass
            self.con = None
        if not self.started:
            return
        self.started = False
        for mode in ('fast', 'immediate'):
            try:
                self._run([f'{PG_BIN}/pg_ctl', '-D', self.data, '-m', mode, '-w', '-t', '60', 'stop'], 'pg_ctl stop')
                log('  postgres: stopped')
                return
            except BenchError as e:
                log(f'  postgres: stop -m {mode} failed: {e}')
        pidfile = os.path.join(self.data, 'postmaster.pid')
        try:
            pid = int(open(pidfile).readline())
            os.kill(pid, signal.SIGKILL)
            log(f'  postgres: killed postmaster {pid}')
        except (OSError, ValueError):
            pass


ENGINES = {'sqlite': SQLiteEngine, 'postgres': PostgresEngine}
FOLDING_WORDS = ['phòng chống dịch', 'đồng Đồng ĐỒNG', 'Nghị định', 'người lao động', '1102/CĐ-TTg',
                 '112/2021/NĐ-CP', '86/NQ-CP', '131-TB/TU', 'COVID-19', 'V/v', 'Ư ơ ưu']


# ---------------------------------------------------------------- benchmark

def run_engine(engine_cls, corpus, queries, work, args):
    eng = engine_cls(work, args)
    res = {'engine': eng.name}
    try:
        if eng.name == 'postgres':
            res['start_s'] = eng.start()
        else:
            eng.start()
        log(f'{eng.name}: loading')
        stats = LoadStats(args.progress)
        t0 = time.perf_counter()
        res['load_parts'] = eng.load(documents(corpus, stats, eng.name, args.limit))
        load_s = time.perf_counter() - t0
        res['settings'] = eng.settings()
        if eng.name == 'postgres':
            res['settings']['version'] = eng.version
        res['load'] = {'docs': stats.docs, 'bytes': stats.bytes, 'seconds': round(load_s, 3),
                       'docs_per_s': round(stats.docs / load_s, 1) if load_s else None,
                       'mb_per_s': round(stats.bytes / 1e6 / load_s, 3) if load_s else None,
                       'files_with_nul_removed': stats.nul_removed}
        res['size'] = eng.size()
        log(f'{eng.name}: loaded {stats.docs:,} docs in {load_s:,.1f} s; {res["size"]["disk_bytes"] / 1e6:,.1f} MB on disk')
        if stats.docs == 0:
            raise BenchError(f'{corpus}/.manifest.tsv lists no documents')

        # Warm-up pass: also the results judged for quality (hits: count(*) of all matches, untimed).
        per_query = []
        for row in queries:
            top, facets = eng.search(row)
            ids = [r[0] for r in top]
            pq = {'line': row['line'], 'kind': row['kind'], 'q': row['q'], 'type': row['type'],
                  'province': row['province'], 'expect': row['expect'] or None,
                  'match': eng.match_expr(row['kind'], row['q']) if eng.name == 'sqlite' else None,
                  'hits': eng.count(row), 'top10': ids,
                  'expect_in_top10': (row['expect'] in ids) if row['expect'] else None,
                  'first_snippet': top[0][2] if top else None,
                  'snippets_highlighted': sum(1 for r in top if r[2] and HL_START in r[2]),
                  'facets': [list(f) for f in facets] if facets is not None else None}
            bare = strip_diacritics(row['q'])
            if bare != row['q']:
                bare_top, _ = eng.search(row, bare)
                bare_ids = [r[0] for r in bare_top]
                pq['unaccented'] = {'q': bare, 'hits': eng.count(row, bare), 'top10': bare_ids,
                                    'top10_overlap': len(set(ids) & set(bare_ids)),
                                    'expect_in_top10': (row['expect'] in bare_ids) if row['expect'] else None}
            if pq['match'] is None:
                del pq['match']
            per_query.append(pq)
        log(f'{eng.name}: {args.repeat} timed pass(es) of {len(queries)} queries')
        for row in queries:  # warm-up of the variant without snippets
            eng.search(row, snippets=False)
        samples = {k: [] for k in KINDS}
        samples_bare = {k: [] for k in KINDS}
        per_query_ms = [[] for _ in queries]
        per_query_ms_bare = [[] for _ in queries]
        for _ in range(args.repeat):
            for i, row in enumerate(queries):
                t = time.perf_counter()
                eng.search(row)
                ms = (time.perf_counter() - t) * 1000
                samples[row['kind']].append(ms)
                per_query_ms[i].append(ms)
            for i, row in enumerate(queries):
                t = time.perf_counter()
                eng.search(row, snippets=False)
                ms = (time.perf_counter() - t) * 1000
                samples_bare[row['kind']].append(ms)
                per_query_ms_bare[i].append(ms)
        for pq, ms, ms_bare in zip(per_query, per_query_ms, per_query_ms_bare):
            pq['ms'] = [round(x, 3) for x in ms]
            pq['ms_without_snippets'] = [round(x, 3) for x in ms_bare]
        res['latency'] = {k: latency_summary(v) for k, v in samples.items() if v}
        res['latency']['all'] = latency_summary([x for v in samples.values() for x in v])
        res['latency_without_snippets'] = {k: latency_summary(v) for k, v in samples_bare.items() if v}
        res['latency_without_snippets']['all'] = latency_summary([x for v in samples_bare.values() for x in v])
        res['quality'] = quality(per_query)
        res['folding'] = eng.folding(FOLDING_WORDS)
        res['queries'] = per_query
        return res
    finally:
        eng.stop()


def quality(per_query):
    out = {}
    for kind in KINDS + ('all',):
        rows = [p for p in per_query if kind == 'all' or p['kind'] == kind]
        if not rows:
            continue
        exp = [p for p in rows if p['expect']]
        acc = [p for p in rows if 'unaccented' in p]
        q = {'queries': len(rows),
             'with_hit_share': round(sum(1 for p in rows if p['top10']) / len(rows), 3),
             'snippet_highlighted_share': round(sum(p['snippets_highlighted'] for p in rows) /
                                                max(1, sum(len(p['top10']) for p in rows)), 3),
             'expect_queries': len(exp),
             'expect_in_top10_share': round(sum(1 for p in exp if p['expect_in_top10']) / len(exp), 3) if exp else None,
             'accented_queries': len(acc)}
        if acc:
            q['unaccented_with_hit_share'] = round(sum(1 for p in acc if p['unaccented']['hits'] > 0) / len(acc), 3)
            q['unaccented_same_hits_share'] = round(
                sum(1 for p in acc if p['unaccented']['hits'] == p['hits']) / len(acc), 3)
            q['unaccented_hits_ratio'] = round(sum(p['unaccented']['hits'] for p in acc) /
                                               max(1, sum(p['hits'] for p in acc)), 3)
            exp_acc = [p for p in acc if p['expect']]
            if exp_acc:
                q['unaccented_expect_in_top10_share'] = round(
                    sum(1 for p in exp_acc if p['unaccented']['expect_in_top10']) / len(exp_acc), 3)
        out[kind] = q
    return out


def fmt(v, nd=1):
    if v is None:
        return '-'
    if isinstance(v, float):
        return f'{v:,.{nd}f}'
    return f'{v:,}'


def print_report(report, out):
    rs = report['engines']
    c = report['corpus']
    print(f"corpus {c['dir']}: {c['docs']:,} docs, {c['bytes'] / 1e6:,.1f} MB; "
          f"{c['queries']} queries ({', '.join(f'{k} {n}' for k, n in c['queries_by_kind'].items())}); "
          f"repeat {report['repeat']}", file=out)
    print('', file=out)
    print(f"{'engine':10} {'load s':>9} {'docs/s':>9} {'MB/s':>7} {'disk MB':>9} {'data MB':>9}  parts", file=out)
    for r in rs:
        L = r['load']
        parts = ', '.join(f'{k} {v}' for k, v in r['load_parts'].items())
        print(f"{r['engine']:10} {fmt(L['seconds'], 2):>9} {fmt(L['docs_per_s'], 0):>9} {fmt(L['mb_per_s'], 2):>7} "
              f"{fmt(r['size']['disk_bytes'] / 1e6, 1):>9} {fmt(r['size']['data_bytes'] / 1e6, 1):>9}  {parts}",
              file=out)
    print('  (disk: the database folder as on disk; data: SQLite db file, PostgreSQL table + TOAST + indexes)',
          file=out)
    print('', file=out)
    print(f"{'latency ms':24} {'p50':>10} {'p99':>10} {'mean':>10}   {'no snippet: p50':>15} {'p99':>10} "
          f"{'mean':>10}", file=out)
    for kind in KINDS + ('all',):
        for r in rs:
            lat = r['latency'].get(kind)
            if not lat:
                continue
            b = r['latency_without_snippets'][kind]
            print(f"{kind + ' ' + r['engine']:24} {fmt(lat['p50_ms'], 2):>10} {fmt(lat['p99_ms'], 2):>10} "
                  f"{fmt(lat['mean_ms'], 2):>10}   {fmt(b['p50_ms'], 2):>15} {fmt(b['p99_ms'], 2):>10} "
                  f"{fmt(b['mean_ms'], 2):>10}", file=out)
    print('  (one search = top 10 by rank with a snippet each, plus facets by type for filtered queries; '
          '"no snippet": the same without snippets)', file=out)
    print('', file=out)
    print(f"{'quality':20} {'queries':>7} {'≥1 hit':>7} {'hl':>5} {'expect@10':>10} {'accented':>8} "
          f"{'bare ≥1 hit':>11} {'bare =hits':>10} {'bare/acc':>8} {'bare exp@10':>11}", file=out)
    for kind in KINDS + ('all',):
        for r in rs:
            q = r['quality'].get(kind)
            if not q:
                continue
            print(f"{kind + ' ' + r['engine']:20} {q['queries']:>7} {fmt(q['with_hit_share'], 2):>7} "
                  f"{fmt(q['snippet_highlighted_share'], 2):>5} "
                  f"{fmt(q['expect_in_top10_share'], 2):>10} {q['accented_queries']:>8} "
                  f"{fmt(q.get('unaccented_with_hit_share'), 2):>11} {fmt(q.get('unaccented_same_hits_share'), 2):>10} "
                  f"{fmt(q.get('unaccented_hits_ratio'), 2):>8} {fmt(q.get('unaccented_expect_in_top10_share'), 2):>11}",
                  file=out)
    print("  (hl = share of top-10 snippets with a highlighted word; bare = the query with marks stripped and "
          "đ→d, as typed without a Vietnamese keyboard; bare/acc = its hits over the accented query's hits)",
          file=out)
    print('', file=out)
    print('how each engine folds (indexed terms):', file=out)
    for w in FOLDING_WORDS:
        print(f"  {w!r:20} " + '  '.join(f"{r['engine']}: {' '.join(r['folding'][w])}" for r in rs), file=out)
    print('', file=out)
    print('queries whose results differ between engines or miss (hits per engine; expect in top 10):', file=out)
    for i, _ in enumerate(rs[0]['queries']):
        pqs = [r['queries'][i] for r in rs]
        hits = [p['hits'] for p in pqs]
        bad = any(p['expect_in_top10'] is False or not p['top10'] for p in pqs)
        bare = [p['unaccented']['hits'] for p in pqs if 'unaccented' in p]
        if bad or len(set(hits)) > 1 or (bare and bare != hits):
            p0 = pqs[0]
            desc = '; '.join(
                f"{r['engine']} {p['hits']}" + (f" (bare {p['unaccented']['hits']})" if 'unaccented' in p else '')
                + (f" expect {'yes' if p['expect_in_top10'] else 'NO'}" if p['expect'] else '')
                for r, p in zip(rs, pqs))
            filt = ' '.join(x for x in (p0['type'], p0['province']) if x)
            print(f"  {p0['kind']:8} {p0['q']!r}{' [' + filt + ']' if filt else ''}: {desc}", file=out)


def ensure_psycopg2():
    try:
        import psycopg2  # noqa: F401
        return
    except ImportError:
        pass
    if os.geteuid() != 0:
        raise BenchError('psycopg2 is missing: apt-get install -y python3-psycopg2 (as root)')
    log('installing python3-psycopg2 with apt-get')
    p = subprocess.run(['apt-get', 'install', '-y', 'python3-psycopg2'], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        subprocess.run(['apt-get', 'update'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        p = subprocess.run(['apt-get', 'install', '-y', 'python3-psycopg2'], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise BenchError(f'apt-get install python3-psycopg2 failed:\n{p.stderr.strip()}')
    import importlib
    importlib.invalidate_caches()
    import psycopg2  # noqa: F401,F811


def main(argv=None):
    ap = argparse.ArgumentParser(
        description='Load a generated corpus into SQLite FTS5 and PostgreSQL 15 full-text search; time loading '
                    'and the query set; report size, latency (p50/p99/mean) and quality.',
        epilog='Inputs: DIR/.manifest.tsv (path id numberSymbol type issuer province date) and DIR/.queries.tsv '
               '(kind q type province expect). Example: /usr/bin/python3 docs/bench/engines.py /data/corpus '
               '--work /tmp --json /tmp/engines.json')
    ap.add_argument('dir', metavar='DIR', help='corpus folder with .manifest.tsv and .queries.tsv')
    ap.add_argument('--work', metavar='TMPDIR', default=tempfile.gettempdir(),
                    help='folder for a temporary sub-folder holding the databases (default %(default)s)')
    ap.add_argument('--engines', default='sqlite,postgres', help='comma-separated: sqlite, postgres (default %(default)s)')
    ap.add_argument('--repeat', type=int, default=3, help='timed passes over the query set after one warm-up pass '
                                                          '(default %(default)s)')
    ap.add_argument('--pg-port', type=int, default=55432, help='loopback port for PostgreSQL (default %(default)s)')
    ap.add_argument('--pg-user', default='postgres', help='user to run PostgreSQL as when started as root '
                                                         '(default %(default)s)')
    ap.add_argument('--pg-tsvector', choices=('stored', 'expr'), default='stored',
                    help="stored: a generated column tsv = to_tsvector('simple', vb_unaccent(body)) STORED with "
                         "the GIN index on it; expr: the GIN index on that expression, no column, so ts_rank "
                         "(and phrase rechecks) re-parse the body of every match, 10x slower here "
                         "(default %(default)s)")
    ap.add_argument('--pg-set', action='append', metavar='NAME=VALUE', help='override a server setting (repeatable)')
    ap.add_argument('--batch', type=int, default=10000, help='SQLite: documents per transaction (default %(default)s)')
    ap.add_argument('--limit', type=int, help='load only the first N documents of the manifest')
    ap.add_argument('--progress', type=int, default=10000, metavar='N',
                    help='progress line on stderr every N documents (0: none; default %(default)s)')
    ap.add_argument('--json', metavar='OUT', help='write all figures as JSON to OUT')
    ap.add_argument('--keep', action='store_true', help='keep the temporary folder (databases) afterwards')
    args = ap.parse_args(argv)

    engines = [e.strip() for e in args.engines.split(',') if e.strip()]
    unknown = [e for e in engines if e not in ENGINES]
    if unknown or not engines:
        ap.error(f'--engines: unknown {", ".join(unknown) or "(none)"}; choose from {", ".join(ENGINES)}')
    if args.repeat < 1:
        ap.error('--repeat must be at least 1')

    interrupted = []

    def on_term(signum, _frame):
        interrupted.append(signum)
        raise KeyboardInterrupt(f'signal {signum}')
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)

    work = None
    try:
        corpus = os.path.abspath(args.dir)
        if not os.path.isdir(corpus):
            raise BenchError(f'{corpus}: not a folder')
        queries = read_queries(corpus)
        next(manifest_rows(corpus), None)  # header check before any engine starts
        if 'postgres' in engines:
            ensure_psycopg2()
        if not os.path.isdir(args.work):
            raise BenchError(f'--work {args.work}: not a folder')
        work = tempfile.mkdtemp(prefix='vanban-engines-', dir=args.work)
        os.chmod(work, 0o711)
        log(f'work folder {work}')
        report = {'corpus': {'dir': corpus}, 'repeat': args.repeat, 'host': {
            'machine': platform.machine(), 'cpus': os.cpu_count(), 'python': platform.python_version(),
            'mem_total_gb': round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2 ** 30, 1)},
            'started': time.strftime('%Y-%m-%dT%H:%M:%S%z'), 'engines': []}
        for name in engines:
            report['engines'].append(run_engine(ENGINES[name], corpus, queries, work, args))
        first = report['engines'][0]
        by_kind = {}
        for row in queries:
            by_kind[row['kind']] = by_kind.get(row['kind'], 0) + 1
        report['corpus'].update({'docs': first['load']['docs'], 'bytes': first['load']['bytes'],
                                 'queries': len(queries), 'queries_by_kind': by_kind})
        print_report(report, sys.stdout)
        if args.json:
            with open(args.json, 'w', encoding='utf-8') as fh:
                json.dump(report, fh, ensure_ascii=False, indent=1)
            log(f'wrote {args.json}')
        return 0
    except BenchError as e:
        print(f'engines.py: {e}', file=sys.stderr)
        return 2
    except KeyboardInterrupt as e:
        print(f'engines.py: interrupted ({e or "Ctrl-C"})', file=sys.stderr)
        return 130
    except Exception:
        if interrupted:  # the signal surfaced through a library (psycopg2 turns it into QueryCanceled)
            print(f'engines.py: interrupted (signal {interrupted[0]})', file=sys.stderr)
            return 130
        raise
    finally:
        if work:
            if args.keep:
                log(f'kept {work}')
            else:
                shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
