#!/usr/bin/env python3
"""make bench: what a user of gangguan feels, on realistic registers of
10k, 100k (and 1M) incidents written by bench_gen through the store.

  bench.py --bin build/opt/gangguan --gen build/bench/bench_gen \\
           --sizes "10000 100000" [--seed 42] [--runs 5] [--results FILE]
  bench.py --smoke ...     200 incidents, 1 run, no targets (make check)

Measured, each at least --runs times:
  - the real binary in a pseudo-terminal (80x24): the first full screen,
    then each key (j, PageDown, End, Home, open an incident, each detail
    tab, filters, every letter of a search typed one by one, PageDown in
    the results).  CPU is the process's own (/proc/PID/schedstat, in ns;
    /proc/PID/stat utime+stime when schedstat is missing); wall is the time
    until the screen settles: the first byte of the answer, then no output
    for QUIET s (longer than the TUI's idle
    tick, on which a typed search runs) while the process is asleep (a condition, not a sleep);
  - whole CLI processes beside the sqlite3 shell running the equivalent
    query on the same file, alternately: the figure is the ratio of their
    CPU (user+sys from wait4), median with min and max over the pairs;
  - peak RSS (wait4), database bytes per incident;
  - taskwarrior's list and search on the same incidents (task import), at
    sizes up to 100k, when it can be installed.
Targets are ratios and growth only; the exit status is 1 when one is
missed, 0 otherwise.  Results: a new section on top of tests/bench/results.md.
"""
import argparse, datetime, fcntl, hashlib, json, os, platform, pty, re, select, shutil, signal
import statistics, struct, subprocess, sys, termios, time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# s of silence (process asleep) that ends an answer: longer than the TUI's
# idle tick (TICK_MS 200 in src/tui/app.c), on which a search typed is run
QUIET = 0.3
KEY_DEADLINE = 600    # s a single key may take before the run is abandoned
CLK = os.sysconf('SC_CLK_TCK')

def log(*a):
    print(*a, flush=True)

# ---------------------------------------------------------------- data

def gen_key(gen, seed):
    """Cache key part: the generator's source and the schema it writes."""
    src = open(os.path.join(TOP, 'tests/bench/bench_gen.c'), 'rb').read()
    schema = subprocess.run([gen, '--schema'], capture_output=True, text=True, check=True).stdout.strip()
    return schema, hashlib.sha256(src).hexdigest()[:10]

def ensure_db(gen, cache, n, seed, datadir):
    schema, h = gen_key(gen, seed)
    path = os.path.join(cache, 'reg-%d-s%d-v%s-%s.db' % (n, seed, schema, h))
    meta = path + '.json'
    if os.path.exists(path) and os.path.exists(meta):
        return path, json.load(open(meta)), 0.0
    for old in os.listdir(cache):   # an older generator's file of this size: disk is not free at 1M
        if old.startswith('reg-%d-s%d-' % (n, seed)) and not old.startswith(os.path.basename(path)):
            os.unlink(os.path.join(cache, old))
    log('bench: generating %d incidents (seed %d, schema %s) into %s' % (n, seed, schema, path))
    t = time.perf_counter()
    out = subprocess.run([gen, path, str(n), str(seed)], stdout=subprocess.PIPE, text=True,
                         env=dict(os.environ, GANGGUAN_DATADIR=datadir))   # progress on stderr
    dt = time.perf_counter() - t
    if out.returncode:
        sys.exit('bench: bench_gen failed (exit %d)' % out.returncode)
    f = out.stdout.split()
    m = {f[i]: float(f[i + 1]) for i in range(0, len(f) - 1, 2)}
    m['gen_seconds'] = dt
    json.dump(m, open(meta, 'w'))
    return path, m, dt

def sql1(db, q):
    return subprocess.run(['sqlite3', '-readonly', db, q], capture_output=True, text=True,
                          check=True).stdout.strip()

# ---------------------------------------------------------------- processes

def cpu_ns(pid):
    try:
        return int(open('/proc/%d/schedstat' % pid).read().split()[0])
    except (OSError, ValueError, IndexError):
        f = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
        return (int(f[11]) + int(f[12])) * 1_000_000_000 // CLK

def proc_state(pid):
    try:
        return open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()[0]
    except OSError:
        return 'X'

RUNNER = None   # build/bench/bench_run (main() sets it)

def run_proc(argv, env=None):
    """One whole process, its stdout to /dev/null, forked by bench_run
    (a small parent: Linux carries the parent's peak RSS across exec):
    (wall s, cpu s, maxrss KB, exit code, stderr)."""
    p = subprocess.run([RUNNER] + argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, env=env)
    err = p.stderr.decode(errors='replace')
    head, _, last = err.rstrip('\n').rpartition('\n')
    f = last.split()
    if len(f) != 6 or f[0] != 'bench_run':
        sys.exit('bench: bench_run said: ' + err[-300:])
    wall, user, sys_, rss, code = (int(x) for x in f[1:])
    return wall / 1e6, (user + sys_) / 1e6, rss, code, head

# ---------------------------------------------------------------- the TUI in a pty

class Tui:
    def __init__(self, argv, env, rows=24, cols=80):
        self.t0 = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
            os.execvpe(argv[0], argv, env)
        self.pid, self.fd, self.buf = pid, fd, b''

    def _read(self, timeout):
        if not select.select([self.fd], [], [], timeout)[0]:
            return None
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            chunk = b''
        self.buf = (self.buf + chunk)[-200000:]
        return chunk

    def settle(self, since, need_output=True):
        """Wait until the answer is complete: output seen (or, for a key
        that draws nothing, 1 s with the process asleep), then QUIET s
        without output while the process sleeps.  Returns the wall time
        from `since` to the last byte."""
        last = None
        while True:
            chunk = self._read(QUIET)
            now = time.perf_counter()
            if chunk == b'':
                raise RuntimeError('the program ended: ' + self.screen_tail())
            if chunk:
                last = now
                continue
            if now - since > KEY_DEADLINE:
                raise RuntimeError('no settled screen after %d s' % KEY_DEADLINE)
            if proc_state(self.pid) == 'R':
                continue
            if last is not None or (not need_output and now - since > 1.0):
                return (last or now) - since

    def first_screen(self):
        wall = self.settle(self.t0)
        return wall, cpu_ns(self.pid) / 1e9

    def key(self, data):
        c0 = cpu_ns(self.pid)
        t = time.perf_counter()
        os.write(self.fd, data)
        wall = self.settle(t)
        return wall, (cpu_ns(self.pid) - c0) / 1e9

    def screen_tail(self):
        return repr(self.buf[-300:])

    def peak_rss(self):
        """VmHWM: the peak of this process's own memory (wait4's maxrss
        would include the Python parent's, kept across exec)."""
        for line in open('/proc/%d/status' % self.pid):
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
        return 0

    def quit(self, data=b'q'):
        rss = self.peak_rss()
        os.write(self.fd, data)
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            r = self._read(0.2)
            pid, status, ru = os.wait4(self.pid, 0 if r == b'' else os.WNOHANG)
            if pid:
                os.close(self.fd)
                return rss
        os.kill(self.pid, signal.SIGKILL)
        os.wait4(self.pid, 0)
        os.close(self.fd)
        raise RuntimeError('the program did not end on q')

def tui_keys():
    import curses
    curses.setupterm('xterm-256color', sys.stdout.fileno() if sys.stdout.isatty() else -1)
    ti = lambda cap, dflt: curses.tigetstr(cap) or dflt
    return {'PageDown': ti('knp', b'\x1b[6~'), 'End': ti('kend', b'\x1bOF'), 'Home': ti('khome', b'\x1bOH'),
            'Enter': b'\r'}

SEARCH = 'pemad'   # typed one letter at a time: "pemadaman listrik"

def tui_script(k):
    """(label, bytes) in the order a user would press them; the same
    label may repeat (j, PageDown): every press is one sample."""
    s = [('j', b'j')] * 5 + [('PageDown', k['PageDown'])] * 3
    s += [('End', k['End']), ('Home', k['Home']), ('open an incident (Enter)', k['Enter'])]
    s += [('tab 2 Kronologi', b'2'), ('tab 3 Dokumen', b'3'), ('tab 4 Tender & Remedi', b'4'),
          ('tab 5 Audit', b'5'), ('tab 1 Ringkasan', b'1'), ('back to the list (q)', b'q')]
    s += [('filter state (f)', b'f'), ('filter cause (c)', b'c'), ('clear filters (x)', b'x')]
    s += [('search: open (/)', b'/')]
    for i, ch in enumerate(SEARCH):
        s.append(('search letter %d "%s"' % (i + 1, SEARCH[:i + 1]), ch.encode()))
    s += [('search: done (Enter)', k['Enter']), ('PageDown in results', k['PageDown']),
          ('clear search (x)', b'x')]
    return s

def bench_tui(binary, cfg, db, env, runs):
    k = tui_keys()
    script = tui_script(k)
    samples = {}   # label -> [(wall, cpu)]
    rss = []
    for r in range(runs):
        t = Tui([binary, '-c', cfg, '-d', db], env)
        try:
            samples.setdefault('first screen', []).append(t.first_screen())
            for label, data in script:
                samples.setdefault(label, []).append(t.key(data))
            rss.append(t.quit())
        except RuntimeError as e:
            os.kill(t.pid, signal.SIGKILL)
            os.wait4(t.pid, 0)
            raise SystemExit('bench: TUI on %s: %s' % (db, e))
    return samples, max(rss)

# ---------------------------------------------------------------- CLI beside sqlite3

def pick(db):
    """An incident with chronology, both letters, a tender hit and a
    decision, from the middle of the register; its closing letter."""
    iid = sql1(db, "SELECT incident_id FROM decision ORDER BY incident_id LIMIT 1 OFFSET "
                   "(SELECT count(*)/2 FROM decision)") or sql1(db, "SELECT max(id) FROM incident")
    doc = sql1(db, "SELECT number || '|' || number_canon FROM document WHERE incident_id=%s "
                   "ORDER BY id DESC LIMIT 1" % iid)
    number, canon = doc.split('|') if doc else ('', '')
    year = sql1(db, "SELECT strftime('%%Y', started_at + 7*3600, 'unixepoch') FROM incident WHERE id=%s" % iid)
    return int(iid), number, canon, int(year)

LIST_COLS = "id, state, started_at, restored_at, closed_at, cause, summary"

def cli_pairs(db, iid, number, canon, year):
    """(label, gangguan args, sqlite3 args, target ratio or None, holds one incident's data)."""
    ro = ['sqlite3', '-readonly']
    y0 = int(datetime.datetime(year, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=7))).timestamp())
    y1 = int(datetime.datetime(year + 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=7))).timestamp())
    show_sql = ("SELECT * FROM incident WHERE id=%d; SELECT at, about, action, text FROM event WHERE incident_id=%d "
                "ORDER BY at, id; SELECT number, kind, issued_at FROM document WHERE incident_id=%d;" % (iid, iid, iid))
    # remedy proposes a schedule for every tender with a stage in the
    # incident's window, not only the confirmed ones: the equivalent reads
    # those tenders and their stages (by start, as the store does from
    # migration 10; before it, every stage)
    has_span = sql1(db, "SELECT count(*) FROM sqlite_master WHERE name='stage_span'") == '1'
    lower = ("g.start_at >= w.s - (SELECT longest FROM stage_span) AND " if has_span else "")
    in_window = ("SELECT g.tender_id FROM stage g, (SELECT started_at AS s, coalesce(restored_at, "
                 "CAST(strftime('%%s','now') AS INTEGER)) AS e FROM incident WHERE id=%d) w WHERE %s"
                 "g.start_at < w.e AND g.end_at >= w.s UNION SELECT tender_id FROM hit WHERE incident_id=%d"
                 % (iid, lower, iid))
    remedy_sql = (show_sql + " SELECT t.code, t.name FROM tender t WHERE t.id IN (%s) ORDER BY t.code;"
                  " SELECT s.* FROM stage s WHERE s.tender_id IN (%s) ORDER BY s.tender_id, s.start_at;"
                  " SELECT * FROM decision WHERE incident_id=%d;" % (in_window, in_window, iid))
    # the search index as the schema has it: before migration 8 a row per
    # text with its incident_id; from 8 one row per incident, its rowid
    # started_at * 2^26 + id (list order)
    cols = sql1(db, "SELECT group_concat(name) FROM pragma_table_info('search')").split(',')
    match = ("SELECT incident_id FROM search WHERE search MATCH '%s*'" if 'incident_id' in cols else
             "SELECT rowid %% 67108864 FROM search WHERE search MATCH '%s*'") % SEARCH
    search_sql = ("SELECT %s FROM incident WHERE id IN (%s) ORDER BY started_at DESC, id DESC" % (LIST_COLS, match))
    return [
        ('list', ['list', '--format', 'tsv'], ro + ['-separator', '\t', db, 'SELECT %s FROM incident ORDER BY '
                                                   'started_at, id' % LIST_COLS], 1.3, False),
        ('list --format json', ['list', '--format', 'json'], ro + ['-json', db, 'SELECT * FROM incident ORDER BY '
                                                                  'started_at, id'], 1.6, False),
        ('list --sort newest --limit 20', ['list', '--format', 'tsv', '--sort', 'newest', '--limit', '20'],
         ro + [db, 'SELECT %s FROM incident ORDER BY started_at DESC, id DESC LIMIT 20' % LIST_COLS], None, False),
        ('search %s' % SEARCH, ['search', SEARCH, '--format', 'tsv'], ro + [db, search_sql], None, False),
        ('show ID', ['show', str(iid)], ro + [db, show_sql], 2.0, True),
        ('doc NUMBER', ['doc', number], ro + [db, "SELECT text FROM document WHERE number_canon='%s'" % canon],
         2.0, True),
        ('doc ID', ['doc', str(iid)], ro + [db, "SELECT text FROM document WHERE incident_id=%d ORDER BY id DESC "
                                              "LIMIT 1" % iid], 2.0, True),
        ('doc list', ['doc', 'list'], ro + [db, 'SELECT number, issued_at, kind, incident_id, revokes FROM '
                                               'document ORDER BY year, seq'], None, False),
        ('remedy ID', ['remedy', str(iid)], ro + [db, remedy_sql], 2.0, True),
        ('rekap (a year)', ['rekap', '--year', str(year)],
         ro + [db, "SELECT strftime('%%m', started_at + 25200, 'unixepoch') AS m, count(*), "
                   "sum(min(coalesce(restored_at, %d), %d) - max(started_at, %d)) FROM incident "
                   "WHERE started_at < %d AND coalesce(restored_at, %d) >= %d AND state <> 'void' "
                   "GROUP BY m" % (y1, y1, y0, y1, y1, y0)], None, False),
    ]

SLOW_RUN = 60        # s: a command slower than this runs once
CMD_TIMEOUT = 600    # s: and one slower than this is killed (bench_run)

def bench_cli(binary, cfg, db, env, runs):
    iid, number, canon, year = pick(db)
    out = []
    for label, gargs, sargs, target, one in cli_pairs(db, iid, number, canon, year):
        g_argv = [binary, '-c', cfg, '-d', db] + gargs
        w, c, rss, rc, err = run_proc(g_argv, dict(env, BENCH_RUN_TIMEOUT=str(CMD_TIMEOUT)))
        if rc == 124:
            log('  %s: killed after %d s' % (label, CMD_TIMEOUT))
            out.append(dict(label=label, na='n/a: killed after %d s' % CMD_TIMEOUT, target=target, timeout=True,
                            one_incident=one))
            continue
        if rc:
            why = err.strip().splitlines()[-1] if err.strip() else 'exit %d' % rc
            out.append(dict(label=label, na='n/a: %s' % why[:90], target=target))
            continue
        # alternately, so that a load hits both alike; the probe above is
        # the first run.  A command slower than SLOW_RUN runs once: five runs
        # of a quadratic doc list at 1M would take hours, and one says it.
        gs, ss = [(w, c, rss, rc, err)], [run_proc(sargs, env)]
        if ss[0][3]:
            out.append(dict(label=label, na='n/a: the sqlite3 query failed: %s' % ss[0][4].strip()[-90:],
                            target=target))
            continue
        for _ in range(runs - 1 if w < SLOW_RUN else 0):
            gs.append(run_proc(g_argv, env))
            ss.append(run_proc(sargs, env))
        ratios = [g[1] / max(s[1], 1e-4) for g, s in zip(gs, ss)]
        log('  measured %s (%d runs)' % (label, len(gs)))
        out.append(dict(label=label, target=target, one_incident=one,
                        g_cpu=[g[1] for g in gs], s_cpu=[s[1] for s in ss], g_wall=[g[0] for g in gs],
                        s_wall=[s[0] for s in ss], ratio=ratios, rss=max(g[2] for g in gs),
                        s_rss=max(s[2] for s in ss)))
    return out, dict(incident=iid, number=number, year=year)

# ---------------------------------------------------------------- taskwarrior

def bench_task(db, n, cache, runs):
    task = shutil.which('task')
    if not task:
        r = subprocess.run(['apt-get', 'install', '-y', 'taskwarrior'], capture_output=True, text=True,
                           env=dict(os.environ, DEBIAN_FRONTEND='noninteractive'))
        task = shutil.which('task')
        if not task:
            return None, 'taskwarrior is not installed and apt-get failed: ' + (r.stderr.strip()[-120:] or '?')
    home = os.path.join(cache, 'task-%d-%s' % (n, hashlib.sha256(db.encode()).hexdigest()[:8]))
    rc = os.path.join(home, 'taskrc')
    env = dict(os.environ, TASKRC=rc, TASKDATA=os.path.join(home, 'data'))
    if not os.path.exists(os.path.join(home, 'imported')):
        shutil.rmtree(home, ignore_errors=True)
        os.makedirs(os.path.join(home, 'data'))
        open(rc, 'w').write('data.location=%s\nconfirmation=off\nverbose=nothing\ngc=off\n'
                            'recurrence=off\n' % os.path.join(home, 'data'))
        # one task per incident; closed ones completed, void ones deleted,
        # both with an end (taskwarrior refuses "end": null)
        rows = sql1(db, "SELECT json_group_array(json(CASE WHEN state IN ('closed','void') THEN "
                        "json_set(o, '$.end', strftime('%Y%m%dT%H%M%SZ', coalesce(closed_at, started_at), "
                        "'unixepoch')) ELSE o END)) FROM (SELECT state, closed_at, started_at, "
                        "json_object('description', summary || ' #' || id, 'status', CASE state WHEN 'closed' "
                        "THEN 'completed' WHEN 'void' THEN 'deleted' ELSE 'pending' END, 'entry', "
                        "strftime('%Y%m%dT%H%M%SZ', started_at, 'unixepoch'), 'project', cause, 'uuid', "
                        "printf('%08x-0000-4000-8000-%012x', id, id)) AS o FROM incident ORDER BY id)")
        t = time.perf_counter()
        r = subprocess.run([task, 'import', '-'], input=rows, capture_output=True, text=True, env=env)
        if r.returncode:
            return None, 'task import failed: ' + (r.stderr.strip() or r.stdout.strip())[-200:]
        open(os.path.join(home, 'imported'), 'w').write('%.1f\n' % (time.perf_counter() - t))
    res = {}
    for label, args in (('list', ['all']), ('search %s' % SEARCH, ['/%s/' % SEARCH, 'all'])):
        runs_ = [run_proc([task, 'rc.detection=off', 'rc.defaultwidth=200'] + args, env) for _ in range(runs)]
        res[label] = dict(cpu=[x[1] for x in runs_], wall=[x[0] for x in runs_], rss=max(x[2] for x in runs_))
    return res, None

# ---------------------------------------------------------------- report

def med(v):
    return statistics.median(v)

def ms(v):
    return '%.1f' % (v * 1e3) if v >= 0.0095 else '%.2f' % (v * 1e3)

def fig(v):
    return '%s (%s-%s)' % (ms(med(v)), ms(min(v)), ms(max(v)))

def rfig(v):
    return '%.2f (%.2f-%.2f)' % (med(v), min(v), max(v))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(TOP, 'build/opt/gangguan'))
    ap.add_argument('--gen', default=os.path.join(TOP, 'build/bench/bench_gen'))
    ap.add_argument('--runner', default=os.path.join(TOP, 'build/bench/bench_run'))
    ap.add_argument('--sizes', default='100000')
    ap.add_argument('--seed', type=int, default=42)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--cache', default=os.path.join(TOP, 'build/bench'))
    ap.add_argument('--results', default=os.path.join(TOP, 'tests/bench/results.md'))
    ap.add_argument('--label', default='', help='what was measured, for the results (e.g. "before")')
    ap.add_argument('--smoke', action='store_true')
    a = ap.parse_args()
    global RUNNER
    RUNNER = a.runner
    datadir = os.path.join(TOP, 'data')
    cfg = os.path.join(datadir, 'gangguan.ini')
    sizes = [int(x) for x in a.sizes.replace(',', ' ').split()]
    runs = a.runs
    if a.smoke:
        sizes, runs = [200], 1
    os.makedirs(a.cache, exist_ok=True)
    state = os.path.join(a.cache, 'state')
    env = dict(os.environ, TERM='xterm-256color', LANG='C.UTF-8', LC_ALL='C.UTF-8', GANGGUAN_DATADIR=datadir,
               XDG_STATE_HOME=state, ESCDELAY='25')
    for v in ('LINES', 'COLUMNS', 'GANGGUAN_OPERATOR'):
        env.pop(v, None)
    t_all = time.perf_counter()
    per = {}
    for n in sizes:
        t_size = time.perf_counter()
        if a.smoke:
            db = os.path.join(a.cache, 'smoke.db')
            for sfx in ('', '-wal', '-shm', '.part', '.part-wal', '.part-shm'):
                if os.path.exists(db + sfx):
                    os.unlink(db + sfx)
            out = subprocess.run([a.gen, db, str(n), str(a.seed)], capture_output=True, text=True,
                                 env=dict(os.environ, GANGGUAN_DATADIR=datadir))
            if out.returncode:
                sys.exit('bench: bench_gen failed: ' + out.stderr)
            f = out.stdout.split()
            meta, gen_s = {f[i]: float(f[i + 1]) for i in range(0, len(f) - 1, 2)}, 0.0
        else:
            db, meta, gen_s = ensure_db(a.gen, a.cache, n, a.seed, datadir)
        size = os.path.getsize(db)
        log('== %d incidents: %s, %.0f bytes per incident%s' % (n, db, size / n,
            ', generated in %.0f s' % gen_s if gen_s else ' (cached)'))
        log('  the TUI in a pty, %d sessions ...' % runs)
        tui, tui_rss = bench_tui(a.bin, cfg, db, env, runs)
        cli, picked = bench_cli(a.bin, cfg, db, env, runs)
        task, task_why = (None, 'smoke run') if a.smoke else (
            bench_task(db, n, a.cache, runs) if n <= 100000 else (None, 'only at 10k and 100k'))
        per[n] = dict(db=db, meta=meta, bytes=size, gen_s=gen_s, tui=tui, tui_rss=tui_rss, cli=cli,
                      picked=picked, task=task, task_why=task_why, seconds=time.perf_counter() - t_size)
        print_size(n, per[n])
    if a.smoke:
        # the pieces work: every key answered, every command ran
        bad = [c['label'] for c in per[200]['cli'] if 'na' in c and 'tidak dikenal' not in c['na']]
        log('bench smoke: %d TUI measures, %d CLI pairs; %s' % (len(per[200]['tui']), len(per[200]['cli']),
            'commands failing: ' + ', '.join(bad) if bad else 'ok'))
        return 1 if bad else 0
    verdicts = judge(per, sizes)
    total = time.perf_counter() - t_all
    log('\n== targets')
    for ok, what, why in verdicts:
        log('%s %s%s' % ('ok  ' if ok else 'MISS', what, '' if ok else '\n     likely why: ' + why))
    missed = sum(1 for v in verdicts if not v[0])
    log('bench: %d targets, %d missed; %.0f s in all' % (len(verdicts), missed, total))
    write_results(a, per, sizes, verdicts, total)
    return 1 if missed else 0

def print_size(n, r):
    log('-- TUI (80x24), %d runs: CPU ms and wall ms until the screen settles, median (min-max)' %
        len(r['tui']['first screen']))
    for label, v in r['tui'].items():
        log('  %-32s cpu %-24s wall %s' % (label, fig([x[1] for x in v]), fig([x[0] for x in v])))
    log('  peak RSS of the TUI session: %.1f MB' % (r['tui_rss'] / 1024))
    log('-- CLI beside the sqlite3 shell (CPU, alternately): ratio median (min-max)')
    for c in r['cli']:
        if 'na' in c:
            log('  %-30s %s' % (c['label'], c['na']))
            continue
        log('  %-30s gangguan %-22s sqlite3 %-22s ratio %s  RSS %.1f MB' % (
            c['label'], fig(c['g_cpu']), fig(c['s_cpu']), rfig(c['ratio']), c['rss'] / 1024))
    if r['task']:
        for label, t in r['task'].items():
            log('  taskwarrior %-18s cpu %s  RSS %.1f MB' % (label, fig(t['cpu']), t['rss'] / 1024))
    else:
        log('  taskwarrior: skipped: %s' % r['task_why'])

TUI_FLOOR = 0.001   # s: growth is judged against at least 1 ms of CPU at 10k (timer noise below)

def judge(per, sizes):
    v = []
    lo = min(sizes)
    for n in sizes:
        r = per[n]
        for c in r['cli']:
            if c['target'] is None:
                continue
            if c.get('timeout'):
                v.append((False, '%s at %d: killed after %d s (target <= %.1fx the sqlite3 shell)' %
                          (c['label'], n, CMD_TIMEOUT, c['target']), cli_why(c['label'])))
                continue
            if 'na' in c:
                continue
            m = med(c['ratio'])
            v.append((m <= c['target'], '%s at %d: %.2fx the sqlite3 shell (target <= %.1fx)' %
                      (c['label'], n, m, c['target']), cli_why(c['label'])))
        if n == 100000:
            for label, s in r['tui'].items():
                if label == 'first screen':
                    continue
                m = med([x[1] for x in s])
                v.append((m <= 0.030, 'TUI %s at 100k: %s ms CPU (target <= 30 ms)' % (label, ms(m)),
                          tui_why(label)))
    big = [n for n in sizes if n >= 1000000]
    if big and 10000 in sizes:
        for label, s in per[big[0]]['tui'].items():
            if label == 'first screen':
                continue
            m1 = med([x[1] for x in s])
            m0 = med([x[1] for x in per[10000]['tui'][label]])
            v.append((m1 <= 3 * max(m0, TUI_FLOOR), 'TUI %s at 1M: %s ms CPU, %.1fx its cost at 10k (target <= 3x)' %
                      (label, ms(m1), m1 / max(m0, 1e-6)), tui_why(label)))
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        ca = [c for c in per[a]['cli'] if c['label'] == 'doc list' and 'na' not in c]
        cb = [c for c in per[b]['cli'] if c['label'] == 'doc list' and 'na' not in c]
        if ca and cb:
            docs = per[b]['meta']['documents'] / per[a]['meta']['documents']
            t = med(cb[0]['g_cpu']) / med(ca[0]['g_cpu'])
            v.append((t <= 1.2 * docs, 'doc list linear: %.1fx the documents (%d to %d incidents), %.1fx the CPU '
                      '(target <= %.1fx)' % (docs, a, b, t, 1.2 * docs), 'before docs14: doc list was quadratic '
                      '(revoked_number searched every row for each row) and read every letter\'s text'))
    for n in big:
        r = per[n]
        for c in r['cli']:
            if 'na' in c or c['one_incident']:
                continue
            v.append((c['rss'] < 32 * 1024, '%s at %d: peak RSS %.1f MB (target < 32 MB)' % (c['label'], n, c['rss'] / 1024),
                      'the whole result is built in memory before it is printed (list before list14; '
                      'doc list before docs14)'))
    return v

def cli_why(label):
    """The cause last profiled (perf, callgrind) for a missed target; the
    results say when it was found."""
    if label.startswith('list'):
        return ('rows stream (RSS flat) and JSON strings, numbers and times go out without printf (callgrind: '
                'a third of the instructions); left: the table\'s printf per cell, and every byte passes the '
                'output sanitiser once more (san_feed into a buffer, then fwrite), where the shell prints '
                'raw columns')
    if label == 'remedy ID':
        return ('before migration 10: store_hits read every tender; now by the stages that start in the '
                'window (stage_by_start, stage_span); left: one remedy view per hit tender')
    if label in ('show ID', 'doc NUMBER', 'doc ID'):
        return ('before docs14: store_docs/store_audit used (?1 = 0 OR column = ?1), which stops SQLite using '
                'the index: one incident\'s letters and audit read by scanning whole tables')
    if label.startswith('rekap'):
        return 'before the rekap fix: store_hits (every proposal) per incident of the year; now a count by key'
    return ''

def tui_why(label):
    if label.startswith('search letter') and label[len('search letter ')] in '45':
        return ('a prefix of 4 letters or more has no FTS5 prefix index (migration 8 keeps 1-3): FTS5 merges '
                'the doclists of every term with that prefix before it can give the newest 18, so the cost '
                'grows with the matches; prefix=\'1 2 3 4 5 6\' (more space) or expanding the prefix to its '
                'terms first would make it one screen\'s')
    if label.startswith('search') or 'results' in label:
        return ('before list14: search sorted every match to show one screen and counted them again; PageDown '
                'in results re-ran the query')
    if label.startswith('tab 4') or label.startswith('open'):
        return ('before migration 10: store_hits read every tender to propose those the window hit; left: '
                'one remedy view per hit tender')
    if label.startswith('tab'):
        return ('before docs14: one incident\'s documents and audit read by scanning whole tables')
    if label.startswith('filter') or label.startswith('clear'):
        return 'before list14: the header\'s counts and the cause filter ran unindexed counts per key'
    if label in ('End', 'Home', 'PageDown'):
        return 'before list14: End and PageUp walked OFFSET through the whole list'
    return 'see the figures'

def machine():
    cpu = '?'
    for line in open('/proc/cpuinfo'):
        if line.startswith('model name'):
            cpu = line.split(':', 1)[1].strip()
            break
    mem = int(open('/proc/meminfo').readline().split()[1]) // 1024
    sq = subprocess.run(['sqlite3', '--version'], capture_output=True, text=True).stdout.split()[0]
    return '%s, %d cores, %d MB RAM, %s %s, SQLite %s, load %.1f at the start' % (
        cpu, os.cpu_count(), mem, platform.system(), platform.release(), sq, os.getloadavg()[0])

def write_results(a, per, sizes, verdicts, total):
    commit = subprocess.run(['git', '-C', TOP, 'rev-parse', '--short', 'HEAD'], capture_output=True,
                            text=True).stdout.strip()
    L = []
    L.append('## make bench (issue 14)%s, %s, commit %s' % (' ' + a.label if a.label else '',
             datetime.datetime.now().strftime('%Y-%m-%d %H:%M'), commit))
    L.append('')
    L.append('Machine: %s.  Sizes: %s; seed %d; %d runs of each; %.0f s in all.  Figures are medians '
             'with (min-max); CPU is the process\'s own, wall is until the screen settles (TUI) or the '
             'process ends (CLI).' % (machine(), ', '.join(str(n) for n in sizes), a.seed, a.runs, total))
    L.append('')
    L.append('| size | file | bytes per incident | documents | chronology lines | tenders | generated in | this size took |')
    L.append('|---|---|---|---|---|---|---|---|')
    for n in sizes:
        r = per[n]; m = r['meta']
        L.append('| %d | %.0f MB | %.0f | %d | %d | %d | %s | %.0f s |' % (
            n, r['bytes'] / 1e6, r['bytes'] / n, m.get('documents', 0), m.get('events', 0), m.get('tenders', 0),
            '%.0f s' % r['gen_s'] if r['gen_s'] else 'cached', r['seconds']))
    L.append('')
    L.append('TUI (80x24), CPU ms per key:')
    L.append('')
    L.append('| action | ' + ' | '.join('%d cpu | %d wall' % (n, n) for n in sizes) + ' |')
    L.append('|---|' + '---|---|' * len(sizes))
    for label in per[sizes[0]]['tui']:
        row = '| %s |' % label
        for n in sizes:
            s = per[n]['tui'].get(label, [])
            row += ' %s | %s |' % (fig([x[1] for x in s]), fig([x[0] for x in s])) if s else ' - | - |'
        L.append(row)
    L.append('| peak RSS, whole session |' + ''.join(' %.1f MB | |' % (per[n]['tui_rss'] / 1024) for n in sizes))
    L.append('')
    L.append('CLI processes beside the sqlite3 shell running the equivalent query on the same file, '
             'alternately: ratio of CPU, median (min-max); gangguan\'s CPU ms and peak RSS:')
    L.append('')
    L.append('| command | ' + ' | '.join('%d ratio | %d gangguan ms | %d sqlite3 ms | %d RSS' % (n, n, n, n)
                                         for n in sizes) + ' |')
    L.append('|---|' + '---|---|---|---|' * len(sizes))
    for i, c0 in enumerate(per[sizes[0]]['cli']):
        row = '| %s |' % c0['label']
        for n in sizes:
            c = per[n]['cli'][i]
            if 'na' in c:
                row += ' %s | | | |' % c['na'].replace('|', '/')
            else:
                few = ' (%d run: over %d s)' % (len(c['ratio']), SLOW_RUN) if len(c['ratio']) < a.runs else ''
                row += ' %s%s | %s | %s | %.1f MB |' % (rfig(c['ratio']), few, fig(c['g_cpu']), fig(c['s_cpu']),
                                                       c['rss'] / 1024)
        L.append(row)
    L.append('')
    for n in sizes:
        r = per[n]
        if r['task']:
            g = {c['label']: c for c in r['cli'] if 'na' not in c}
            parts = []
            for label, t in r['task'].items():
                mine = g.get('list' if label == 'list' else 'search %s' % SEARCH)
                parts.append('%s %s ms CPU, %.1f MB%s' % (label, fig(t['cpu']), t['rss'] / 1024,
                             ' (gangguan %.0fx less CPU)' % (med(t['cpu']) / med(mine['g_cpu'])) if mine else ''))
            L.append('- taskwarrior at %d (task import of the same incidents): %s.' % (n, '; '.join(parts)))
        else:
            L.append('- taskwarrior at %d: skipped: %s.' % (n, r['task_why']))
    L.append('')
    L.append('Targets (ratios and growth only).  The likely causes are the last ones profiled with perf '
             '(tests/bench/bench.py, cli_why and tui_why); a target missed for a cause named "before" needs a new look:')
    L.append('')
    for ok, what, why in verdicts:
        L.append('- %s %s%s' % ('met:' if ok else '**missed**:', what, '' if ok else '. Likely why: ' + why))
    if not any(n >= 1000000 for n in sizes):
        L.append('- not judged in this run: growth from 10k to 1M and peak RSS at 1M (run with BENCH_1M=1).')
    L.append('')
    old = open(a.results).read() if os.path.exists(a.results) else '# Benchmark results\n'
    head, _, rest = old.partition('\n## ')
    new = head.rstrip('\n') + '\n\n' + '\n'.join(L) + ('\n## ' + rest if rest else '')
    open(a.results, 'w').write(new)
    log('bench: results written to %s' % a.results)

if __name__ == '__main__':
    sys.exit(main())
